import { defineEndpoint } from '@acct/core';
import { DOCS } from '../docs';
import { UserConfig, UserConfigInput } from '../schemas/user-config';

/** `update_my_config`: replaces the human user's settings (omitted fields return to their defaults). */
export const updateMyConfig = defineEndpoint({
  operation: 'updateMyConfig',
  method: 'PUT',
  path: '/users/me/config/',
  body: UserConfigInput,
  response: UserConfig,
  idempotent: true,
  summary: 'Update my config.',
  docs: `${DOCS}#update_my_config`,
});
