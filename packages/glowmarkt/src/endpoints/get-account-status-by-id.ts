import { defineEndpoint } from '@acct/core';
import { ADMIN_SCHEME } from '../auth';
import { DOCS } from '../docs';
import { AccountStatus } from '../schemas/account';

/** `GET /account/{accountId}/status` (`getAccountStatusbyId`, application keys or a developer token): an account's status and, under an external directory, whether the user's token there is valid. */
export const getAccountStatusById = defineEndpoint({
  operation: 'getAccountStatusById',
  method: 'GET',
  path: '/account/{accountId}/status',
  response: AccountStatus,
  call: (accountId: string) => ({ params: { accountId } }),
  // The spec: appKeys, applicationId + orgAppKeys, or applicationId + devUserToken.
  auth: ADMIN_SCHEME,
  idempotent: true,
  summary: 'Find the status of a specified account. This call requires administrative application level credentials.',
  docs: `${DOCS}/Account/getAccountStatusbyId`,
});
