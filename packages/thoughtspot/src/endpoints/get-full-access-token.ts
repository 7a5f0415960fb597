import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { docs } from '../schemas/common';

/** `Token`: a bearer token and when it expires (epoch ms, the cluster's clock). */
export const Token = v.looseObject({
  token: v.pipe(v.string(), v.nonEmpty()),
  creation_time_in_millis: v.optional(v.number()),
  expiration_time_in_millis: v.optional(v.number()),
  valid_for_user_id: v.optional(v.string()),
  valid_for_username: v.optional(v.string()),
  scope: v.optional(v.unknown()),
});

/** `POST /api/rest/2.0/auth/token/full`: the login the client makes for username + password or secret key. */
export const getFullAccessToken = defineEndpoint({
  operation: 'getFullAccessToken',
  method: 'POST',
  path: '/api/rest/2.0/auth/token/full',
  body: v.strictObject({
    username: v.string(),
    password: v.optional(v.string()),
    secret_key: v.optional(v.string()),
    validity_time_in_sec: v.optional(v.number()),
    org_id: v.optional(v.number()),
  }),
  response: Token,
  auth: false,
  // Logging in twice only issues a second token: safe to retry.
  idempotent: true,
  summary: 'Generates an authentication token for creating a full session in ThoughtSpot for a given user.',
  docs: docs('authentication%2Fget-full-access-token'),
});
