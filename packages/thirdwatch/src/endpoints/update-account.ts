import { defineEndpoint } from '@acct/core';
import { AccountSchema, type ThirdwatchAccountRequest } from '../schemas/account';
import { DOCS, EventResponse } from '../schemas/event';

/** `POST /v1/update_account`: records changes to a user's account; accounts created before you integrated need no `createAccount` first. */
export const updateAccount = defineEndpoint({
  operation: 'updateAccount',
  method: 'POST',
  path: '/v1/update_account',
  call: (body: ThirdwatchAccountRequest) => ({ body }),
  body: AccountSchema,
  response: EventResponse,
  idempotent: false,
  summary: "Use update_account to record changes to the user's account information.",
  docs: `${DOCS}/UpdateAccountApi.md`,
});
