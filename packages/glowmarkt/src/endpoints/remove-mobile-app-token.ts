import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { USER_SCHEME } from '../auth';
import { DOCS } from '../docs';
import { IsValidRes } from '../schemas/valid';

/** `PUT /account/{accountId}/mobileapptoken`: removes a mobile app token from a user. */
export const removeMobileAppToken = defineEndpoint({
  operation: 'removeMobileAppToken',
  method: 'PUT',
  path: '/account/{accountId}/mobileapptoken',
  body: v.strictObject({ removeToken: v.string() }),
  response: IsValidRes,
  auth: USER_SCHEME,
  idempotent: true,
  summary: 'Remove a mobile app token to a user.',
  docs: `${DOCS}/Account/put_account__accountId__mobileapptoken`,
});
