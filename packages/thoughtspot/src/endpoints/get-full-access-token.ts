import type { Assert, Same } from '@acct/core';
import { defineEndpoint, entity, type JsonValue, jsonValue } from '@acct/core';
import * as v from 'valibot';
import { docs, identifiers } from '../schemas/common';
import { UserParametersSchema } from '../schemas/user-parameters';

/** `Token`: a bearer token and when it expires. */
export interface ThoughtSpotToken {
  /** The bearer token. */
  token: string;
  /** When the token was created, epoch milliseconds (the cluster's clock). */
  creation_time_in_millis?: number | null;
  /** When the token expires, epoch milliseconds (the cluster's clock). */
  expiration_time_in_millis?: number | null;
  /** Unique identifier of the user the token was issued to. */
  valid_for_user_id?: string | null;
  /** Name of the user the token was issued to. */
  valid_for_username?: string | null;
  /** The token's access scope (Org and objects), as the cluster sends it. */
  scope?: JsonValue | null;
}

const token = entity(
  { token: v.pipe(v.string(), v.nonEmpty()) },
  {
    creation_time_in_millis: v.number(),
    expiration_time_in_millis: v.number(),
    valid_for_user_id: v.string(),
    valid_for_username: v.string(),
    scope: jsonValue(),
  },
);
export type TokenCheck = Assert<Same<ThoughtSpotToken, v.InferOutput<typeof token>>>;

/** Reads a `Token`: only `token` is required. */
export const TokenSchema: v.GenericSchema<unknown, ThoughtSpotToken> = token;

const loginRequest = v.strictObject({
  username: v.string(),
  password: v.optional(v.string()),
  secret_key: v.optional(v.string()),
  validity_time_in_sec: v.optional(v.number()),
  org_id: v.optional(v.number()),
  // Just-in-time provisioning (with `secret_key` only) and ABAC attributes, as the client was given them.
  email: v.optional(v.string()),
  display_name: v.optional(v.string()),
  auto_create: v.optional(v.boolean()),
  group_identifiers: v.optional(identifiers),
  user_parameters: v.optional(UserParametersSchema),
});
/** The body of `POST /auth/token/full`, as the client builds it from its login options. */
export type GetFullAccessTokenRequest = v.InferInput<typeof loginRequest>;

/** `POST /api/rest/2.0/auth/token/full`: the login the client makes for username + password or secret key. */
export const getFullAccessToken = defineEndpoint({
  operation: 'getFullAccessToken',
  method: 'POST',
  path: '/api/rest/2.0/auth/token/full',
  body: loginRequest,
  response: TokenSchema,
  auth: false,
  // Logging in twice only issues a second token: safe to retry.
  idempotent: true,
  summary: 'Generates an authentication token for creating a full session in ThoughtSpot for a given user.',
  docs: docs('authentication%2Fget-full-access-token'),
});
