import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { ADMIN_SCHEME } from '../auth';
import { DOCS } from '../docs';
import { AccountRes, type GlowmarktAccount } from '../schemas/account';

/** `GET /account` (`getAccounts`, application keys or a developer token): every account of the application, in one unpaged array. */
export const getAccounts = defineEndpoint({
  operation: 'getAccounts',
  method: 'GET',
  path: '/account',
  // The envelope is checked: an array, each item an account object.
  response: v.array(AccountRes) as v.GenericSchema<unknown, GlowmarktAccount[]>,
  // The spec: appKeys, applicationId + orgAppKeys, or applicationId + devUserToken.
  auth: ADMIN_SCHEME,
  idempotent: true,
  summary: 'Find all accounts of an application.',
  docs: `${DOCS}/Account/getAccounts`,
});
