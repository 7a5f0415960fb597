import type { Assert, Same } from '@acct/core';
import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { ADMIN_SCHEME } from '../auth';
import { DOCS } from '../docs';
import { AccountRes } from '../schemas/account';

/** Body of `updateAccount` (the spec's `AccountAccountIdBody`): the metadata an administrator may change. */
export interface GlowmarktUpdateAccountRequest {
  /** The account's new display name, e.g. `Montgomery Jorgensen`; left unchanged when absent. */
  name?: string | undefined;
}

const body = v.strictObject({ name: v.optional(v.string()) });

/** `PUT /account/{accountId}` (`updateAccount`, application keys or a developer token): updates an account's metadata (its `name`). */
export const updateAccount = defineEndpoint({
  operation: 'updateAccount',
  method: 'PUT',
  path: '/account/{accountId}',
  body: body as v.GenericSchema<GlowmarktUpdateAccountRequest>,
  // `UpdateAccountRes` has the fields of `AccountRes`.
  response: AccountRes,
  // The spec marks the body optional: without one, `{}` is sent (a `null` is refused, not sent as `{}`).
  call: (accountId: string, body?: GlowmarktUpdateAccountRequest) => ({ params: { accountId }, body: body === undefined ? {} : body }),
  // The spec: appKeys, applicationId + orgAppKeys, or applicationId + devUserToken.
  auth: ADMIN_SCHEME,
  idempotent: true,
  summary: "Updates the account's metadata.",
  docs: `${DOCS}/Account/updateAccount`,
});

/** Compile-time proof that the named body type and its schema agree. */
export type UpdateAccountTypesMatch = Assert<Same<GlowmarktUpdateAccountRequest, v.InferInput<typeof body>>>;
