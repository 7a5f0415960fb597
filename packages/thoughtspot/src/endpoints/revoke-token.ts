import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { docs } from '../schemas/common';

/** `POST /api/rest/2.0/auth/token/revoke`: revokes a token; `client.revokeToken()` sends it with the token it revokes. 204. */
export const revokeToken = defineEndpoint({
  operation: 'revokeToken',
  method: 'POST',
  path: '/api/rest/2.0/auth/token/revoke',
  // The vendor's RevokeTokenRequest: both optional; the client always names the token it revokes.
  body: v.strictObject({ token: v.optional(v.string()), user_identifier: v.optional(v.string()) }),
  success: [204],
  // Sent with the token being revoked, never with the client's current login (which could log in just to revoke).
  auth: 'revoke',
  idempotent: true,
  // A retry after a lost response finds the token already revoked: a 401 then means the first attempt worked.
  gone: [401],
  summary: 'Revokes the authentication token issued for the current user session.',
  docs: docs('authentication%2Frevoke-token'),
});
