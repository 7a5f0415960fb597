import type { Assert, Same } from '@acct/core';
import { defineEndpoint, entity } from '@acct/core';
import * as v from 'valibot';
import { LOGIN_SCHEME } from '../auth';
import { DOCS } from '../docs';

/** Body of the login `POST /auth` (the spec's `UserNameLoginReq`). */
export interface GlowmarktLoginRequest {
  /** The user's login name. */
  username: string;
  /** The user's password (redacted from errors and logs). */
  password: string;
  /** The directory the user belongs to, when the application uses more than one (a UUID). */
  directoryId?: string | undefined;
}

/** The answer of `POST /auth`. The spec marks no field as required: each may be absent or `null`. */
export interface GlowmarktLoginResponse {
  /** `true` when the credentials were accepted. */
  valid?: boolean | null | undefined;
  /** The id of the user's account (a UUID). */
  accountId?: string | null | undefined;
  /** The id of the application the token is for. */
  applicationId?: string | null | undefined;
  /** The user's display name, e.g. `Arthur Dent`. */
  name?: string | null | undefined;
  /** The JWT to send in the `token` header. */
  token?: string | null | undefined;
  /** When the token expires, in Unix seconds (its lifetime varies: always read it). */
  exp?: number | null | undefined;
  /** Fields the spec does not list yet are kept as received. */
  [field: string]: unknown;
}

const body = v.strictObject({ username: v.string(), password: v.string(), directoryId: v.optional(v.string()) });
// Lenient like every answer; the client then refuses a login without a `token` (see client.ts).
const response = entity(
  {},
  { valid: v.boolean(), accountId: v.string(), applicationId: v.string(), name: v.string(), token: v.string(), exp: v.number() },
);

/** `POST /auth` (`usernamelogin`): logs a user in and returns a JWT with its expiry. */
export const authenticate = defineEndpoint({
  operation: 'authenticate',
  method: 'POST',
  path: '/auth',
  body: body as v.GenericSchema<GlowmarktLoginRequest>,
  response: response as v.GenericSchema<unknown, GlowmarktLoginResponse>,
  auth: LOGIN_SCHEME,
  // A POST, but logging in again only issues another token: safe to retry after a 500 or a reset.
  idempotent: true,
  summary: 'Authenticates the user and generates a JWT token.',
  docs: `${DOCS}/auth/usernamelogin`,
});

/** Compile-time proof that the named types and the schemas agree. */
export type LoginTypesMatch = [
  Assert<Same<GlowmarktLoginRequest, v.InferInput<typeof body>>>,
  Assert<Same<GlowmarktLoginResponse, v.InferOutput<typeof response>>>,
];
