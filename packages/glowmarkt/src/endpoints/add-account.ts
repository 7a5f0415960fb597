import type { Assert, Same } from '@acct/core';
import { defineEndpoint, entity } from '@acct/core';
import * as v from 'valibot';
import { ADMIN_SCHEME } from '../auth';
import { DOCS } from '../docs';

/** Body of `addAccount` (the spec's `AddAccountReq`): both fields are required. */
export interface GlowmarktAddAccountRequest {
  /** The login name of the existing Glow user, e.g. `scotty`. */
  username: string;
  /** The id of the directory the user is registered in (a UUID). */
  directoryId: string;
}

/** The answer of `addAccount`; the spec marks no field as required, so each may be absent or `null`. */
export interface GlowmarktAddedAccount {
  /** The new account's id (a UUID). */
  accountId?: string | null | undefined;
  /** The id of the application the account was added to. */
  applicationId?: string | null | undefined;
  /** `OK` when the account was added. */
  status?: string | null | undefined;
  /** The id of the Glow user the account belongs to (a UUID). */
  userId?: string | null | undefined;
  /** Fields the spec does not list yet are kept as received. */
  [field: string]: unknown;
}

const body = v.strictObject({ username: v.string(), directoryId: v.string() });
const response = entity({}, { accountId: v.string(), applicationId: v.string(), status: v.string(), userId: v.string() });

/** `POST /account` (`addAccount`): adds an account in this application for an existing Glow user. */
export const addAccount = defineEndpoint({
  operation: 'addAccount',
  method: 'POST',
  path: '/account',
  body: body as v.GenericSchema<GlowmarktAddAccountRequest>,
  response: response as v.GenericSchema<unknown, GlowmarktAddedAccount>,
  call: (body: GlowmarktAddAccountRequest) => ({ body }),
  // The spec: appKeys, applicationId + orgAppKeys, or applicationId + devUserToken.
  auth: ADMIN_SCHEME,
  idempotent: false,
  summary: 'Add an account to an existing user.',
  docs: `${DOCS}/Account/addAccount`,
});

/** Compile-time proof that the named types and the schemas agree. */
export type AddAccountTypesMatch = [
  Assert<Same<GlowmarktAddAccountRequest, v.InferInput<typeof body>>>,
  Assert<Same<GlowmarktAddedAccount, v.InferOutput<typeof response>>>,
];
