import { defineEndpoint } from '@acct/core';
import { ADMIN_SCHEME } from '../auth';
import { DOCS } from '../docs';
import { AccountRes } from '../schemas/account';

/** `GET /account/{accountId}` (`getAccountbyId`, application keys or a developer token): one account of the application; a 404 when there is none. */
export const getAccountById = defineEndpoint({
  operation: 'getAccountById',
  method: 'GET',
  path: '/account/{accountId}',
  response: AccountRes,
  call: (accountId: string) => ({ params: { accountId } }),
  // The spec: appKeys, applicationId + orgAppKeys, or applicationId + devUserToken.
  auth: ADMIN_SCHEME,
  idempotent: true,
  summary: 'Find specific account of an application.',
  docs: `${DOCS}/Account/getAccountbyId`,
});
