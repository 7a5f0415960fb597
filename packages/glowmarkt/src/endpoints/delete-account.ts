import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { APP_KEYS_SCHEME } from '../auth';
import { DOCS } from '../docs';
import { AccountState } from '../schemas/account';

/** `DELETE /account/{accountId}` (`deleteAccount`): deletes an account; it comes back `inactive`. */
export const deleteAccount = defineEndpoint({
  operation: 'deleteAccount',
  method: 'DELETE',
  path: '/account/{accountId}',
  response: v.looseObject({
    accountId: v.optional(v.string()),
    status: v.optional(AccountState),
    userId: v.optional(v.string()),
    valid: v.optional(v.boolean()),
  }),
  auth: APP_KEYS_SCHEME,
  idempotent: true,
  summary: 'Delete account.',
  docs: `${DOCS}/Account/deleteAccount`,
});
