import { defineEndpoint } from '@acct/core';
import { USER_SCHEME } from '../auth';
import { DOCS } from '../docs';
import { AccountStatus } from '../schemas/account';

/** `GET /account/status` (`getAccountStatusbyUserToken`): the status of the account the user's token belongs to. */
export const getAccountStatusByUserToken = defineEndpoint({
  operation: 'getAccountStatusByUserToken',
  method: 'GET',
  path: '/account/status',
  response: AccountStatus,
  // The spec lists `userToken` and `applicationId` as alternatives; both are sent, which satisfies either.
  auth: USER_SCHEME,
  idempotent: true,
  summary: 'With a given JWT token a user can have their account status verified.',
  docs: `${DOCS}/Account/getAccountStatusbyUserToken`,
});
