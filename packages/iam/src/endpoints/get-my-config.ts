import { defineEndpoint } from '@acct/core';
import { DOCS } from '../docs';
import { UserConfig } from '../schemas/user-config';

/** The `getMyConfig` operation; its JSDoc is the client method's (kept multi-line so it survives into the .d.ts). */
export const getMyConfigOperation = {
  /**
   * `GET /users/me/config/`: the authenticated human user's settings (`NotFoundError` for a service account).
   */
  getMyConfig: defineEndpoint({
    operation: 'getMyConfig',
    method: 'GET',
    path: '/users/me/config/',
    response: UserConfig,
    idempotent: true,
    summary: 'Get my config.',
    docs: `${DOCS}#get_my_config`,
  }),
};
