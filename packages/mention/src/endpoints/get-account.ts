import { defineEndpoint } from '@acct/core';
import { AccountResponse, DOCS } from '../schemas/account';

/** `GET /accounts/{account_id}`: one account (only your own: a token cannot read another person's). */
export const getAccount = defineEndpoint({
  operation: 'getAccount',
  method: 'GET',
  path: '/accounts/{account_id}',
  call: (accountId: string) => ({ params: { account_id: accountId } }),
  response: AccountResponse,
  idempotent: true,
  summary: 'Retrieves details for the given account.',
  docs: `${DOCS}/GetAccount.html`,
});
