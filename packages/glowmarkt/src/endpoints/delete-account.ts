import type { Assert, Same } from '@acct/core';
import { defineEndpoint, entity, type JsonValue, jsonValue } from '@acct/core';
import * as v from 'valibot';
import { ADMIN_SCHEME } from '../auth';
import { DOCS } from '../docs';
import { AccountState, type GlowmarktAccountState } from '../schemas/account';

/** The answer of `deleteAccount`; the spec marks no field as required, so each may be absent or `null`. */
export interface GlowmarktDeletedAccount {
  /** The deleted account's id (a UUID). */
  accountId?: string | null | undefined;
  /** `inactive` once deleted; new values pass through as strings. */
  status?: GlowmarktAccountState | null | undefined;
  /** The id of the account's Glow user; the spec gives it no type (a UUID string in its example), so any JSON value passes. */
  userId?: JsonValue | undefined;
  /** `true` when the account was deleted. */
  valid?: boolean | null | undefined;
  /** Fields the spec does not list yet are kept as received. */
  [field: string]: unknown;
}

const deleted = entity({}, { accountId: v.string(), status: AccountState, userId: jsonValue(), valid: v.boolean() });
// `undefined` when a retry found the account already gone (404): the first attempt deleted it.
const response = v.optional(deleted);

/**
 * `DELETE /account/{accountId}` (`deleteAccount`): deletes an account; the answer shows it `inactive`.
 * Resolves `undefined` when a retry (after a lost response or a 5xx) finds the account already gone.
 */
export const deleteAccount = defineEndpoint({
  operation: 'deleteAccount',
  method: 'DELETE',
  path: '/account/{accountId}',
  response: response as v.GenericSchema<unknown, GlowmarktDeletedAccount | undefined>,
  call: (accountId: string) => ({ params: { accountId } }),
  // The spec: appKeys, orgAppKeys or devUserToken; the `applicationId` sent with every call is extra here.
  auth: ADMIN_SCHEME,
  idempotent: true,
  // A 404 on a retry means the earlier attempt deleted the account (404 bodies are undocumented).
  gone: [404],
  summary: 'Delete account.',
  docs: `${DOCS}/Account/deleteAccount`,
});

/** Compile-time proof that the named type and the schema agree. */
export type DeleteAccountTypesMatch = Assert<Same<GlowmarktDeletedAccount, v.InferOutput<typeof deleted>>>;
