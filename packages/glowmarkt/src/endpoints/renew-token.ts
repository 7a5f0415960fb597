import type { Assert, Same } from '@acct/core';
import { defineEndpoint, entity } from '@acct/core';
import * as v from 'valibot';
import { RENEW_SCHEME } from '../auth';
import { DOCS } from '../docs';

/** The answer of `GET /auth/newToken`. The spec marks no field as required: each may be absent or `null`. */
export interface GlowmarktRenewedToken {
  /** A new valid token (a JWT) for the account, sent in the `token` header from now on. */
  token?: string | null | undefined;
  /** When the new token expires, in Unix seconds. */
  exp?: number | null | undefined;
  /** `true` when the old token was accepted and a new one issued. */
  valid?: boolean | null | undefined;
  /** Fields the spec does not list yet are kept as received. */
  [field: string]: unknown;
}

const response = entity({}, { token: v.string(), exp: v.number(), valid: v.boolean() });

/** `GET /auth/newToken` (`newToken`): the account gives its current token and gets a new one. */
export const renewToken = defineEndpoint({
  operation: 'renewToken',
  method: 'GET',
  path: '/auth/newToken',
  response: response as v.GenericSchema<unknown, GlowmarktRenewedToken>,
  // `applicationId` + the token being renewed (the spec's userToken), whatever else the client holds.
  auth: RENEW_SCHEME,
  idempotent: true,
  summary: 'Generate a new token for an account.',
  docs: `${DOCS}/auth/newToken`,
});

/** Compile-time proof that the named type and the schema agree. */
export type RenewedTokenTypesMatch = Assert<Same<GlowmarktRenewedToken, v.InferOutput<typeof response>>>;
