import { defineEndpoint } from '@acct/core';
import { DOCS } from '../docs';
import { UserConfig, UserConfigInput } from '../schemas/user-config';

/** The `updateMyConfig` operation; its JSDoc is the client method's (kept multi-line so it survives into the .d.ts). */
export const updateMyConfigOperation = {
  /**
   * `PUT /users/me/config/`: replaces the human user's settings (fields left out return to their defaults) and returns them.
   */
  updateMyConfig: defineEndpoint({
    operation: 'updateMyConfig',
    method: 'PUT',
    path: '/users/me/config/',
    body: UserConfigInput,
    response: UserConfig,
    idempotent: true,
    summary: 'Update my config.',
    docs: `${DOCS}#update_my_config`,
  }),
};
