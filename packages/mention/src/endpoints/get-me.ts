import { defineEndpoint } from '@acct/core';
import { AccountResponse, DOCS } from '../schemas/account';

/** `GET /accounts/me`: the account of the access token, which is how you find your account id. */
export const getMe = defineEndpoint({
  operation: 'getMe',
  method: 'GET',
  path: '/accounts/me',
  response: AccountResponse,
  idempotent: true,
  summary: 'Fetches all account details concerning your own account, in view of the given access token.',
  docs: `${DOCS}/GetAccountMe.html`,
});
