import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { APP_KEYS_SCHEME } from '../auth';
import { DOCS } from '../docs';
import { AccountRes } from '../schemas/account';

/** `GET /account` (`getAccounts`): every account of the application, in one unpaged array. */
export const getAccounts = defineEndpoint({
  operation: 'getAccounts',
  method: 'GET',
  path: '/account',
  response: v.array(AccountRes),
  auth: APP_KEYS_SCHEME,
  idempotent: true,
  summary: 'Find all accounts of an application.',
  docs: `${DOCS}/Account/getAccounts`,
});
