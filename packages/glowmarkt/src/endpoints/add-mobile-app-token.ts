import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { USER_SCHEME } from '../auth';
import { DOCS } from '../docs';
import { IsValidRes } from '../schemas/valid';

/** `POST /account/{accountId}/mobileapptoken`: adds a mobile app token so the user receives push notifications. */
export const addMobileAppToken = defineEndpoint({
  operation: 'addMobileAppToken',
  method: 'POST',
  path: '/account/{accountId}/mobileapptoken',
  body: v.strictObject({ newToken: v.string() }),
  response: IsValidRes,
  auth: USER_SCHEME,
  idempotent: false,
  summary: 'Add mobile app token to a user.',
  docs: `${DOCS}/Account/post_account__accountId__mobileapptoken`,
});
