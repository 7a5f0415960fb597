import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { APP_KEYS_SCHEME } from '../auth';
import { DOCS } from '../docs';
import { AccountRes } from '../schemas/account';

/** `PUT /account/{accountId}` (`updateAccount`): updates an account's metadata (its `name`), at the administrative level. */
export const updateAccount = defineEndpoint({
  operation: 'updateAccount',
  method: 'PUT',
  path: '/account/{accountId}',
  body: v.strictObject({ name: v.optional(v.string()) }),
  response: AccountRes,
  auth: APP_KEYS_SCHEME,
  idempotent: true,
  summary: "Updates the account's metadata.",
  docs: `${DOCS}/Account/updateAccount`,
});
