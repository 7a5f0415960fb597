import { defineEndpoint } from '@acct/core';
import { Account } from '../schemas/account';
import { DOCS, EventResponse } from '../schemas/event';

/** `update_account`: records changes to a user's account; accounts created before integration need no `create_account` first. */
export const updateAccount = defineEndpoint({
  operation: 'updateAccount',
  method: 'POST',
  path: '/v1/update_account',
  body: Account,
  response: EventResponse,
  idempotent: false,
  summary: "Use update_account to record changes to the user's account information.",
  docs: `${DOCS}/UpdateAccountApi.md`,
});
