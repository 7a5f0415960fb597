import { defineEndpoint } from '@acct/core';
import { DOCS } from '../docs';
import { UserConfig } from '../schemas/user-config';

/** `get_my_config`: the authenticated human user's settings (404 for a service account). */
export const getMyConfig = defineEndpoint({
  operation: 'getMyConfig',
  method: 'GET',
  path: '/users/me/config/',
  response: UserConfig,
  idempotent: true,
  summary: 'Get my config.',
  docs: `${DOCS}#get_my_config`,
});
