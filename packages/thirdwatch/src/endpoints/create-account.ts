import { defineEndpoint } from '@acct/core';
import { Account } from '../schemas/account';
import { DOCS, EventResponse } from '../schemas/event';

/** `create_account`: records a new user account (same body as `update_account`). */
export const createAccount = defineEndpoint({
  operation: 'createAccount',
  method: 'POST',
  path: '/v1/create_account',
  body: Account,
  response: EventResponse,
  idempotent: false,
  summary: 'Use create_account to capture user details at the time of account creation.',
  docs: `${DOCS}/CreateAccountApi.md`,
});
