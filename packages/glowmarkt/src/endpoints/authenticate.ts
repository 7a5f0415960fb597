import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { LOGIN_SCHEME } from '../auth';
import { DOCS } from '../docs';

/** `POST /auth` (`usernamelogin`): logs a user in and returns a JWT with its expiry. */
export const authenticate = defineEndpoint({
  operation: 'authenticate',
  method: 'POST',
  path: '/auth',
  body: v.strictObject({ username: v.string(), password: v.string(), directoryId: v.optional(v.string()) }),
  // `token` and `exp` (Unix seconds) are what a login is for: required, unlike the rest.
  response: v.looseObject({
    token: v.string(),
    exp: v.number(),
    valid: v.optional(v.boolean()),
    accountId: v.optional(v.string()),
    applicationId: v.optional(v.string()),
    name: v.optional(v.string()),
  }),
  auth: LOGIN_SCHEME,
  // A POST, but logging in again only issues another token: safe to retry after a 500 or a reset.
  idempotent: true,
  summary: 'Authenticates the user and generates a JWT token.',
  docs: `${DOCS}/auth/usernamelogin`,
});
