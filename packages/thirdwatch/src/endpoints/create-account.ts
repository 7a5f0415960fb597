import { defineEndpoint } from '@acct/core';
import { AccountSchema, type ThirdwatchAccountRequest } from '../schemas/account';
import { DOCS, EventResponse } from '../schemas/event';

/** `POST /v1/create_account`: records a new user account, with the same fields as `updateAccount`. */
export const createAccount = defineEndpoint({
  operation: 'createAccount',
  method: 'POST',
  path: '/v1/create_account',
  call: (body: ThirdwatchAccountRequest) => ({ body }),
  body: AccountSchema,
  response: EventResponse,
  idempotent: false,
  summary: 'Use create_account to capture user details at the time of account creation.',
  docs: `${DOCS}/CreateAccountApi.md`,
});
