import { defineEndpoint } from '@acct/core';
import { DOCS } from '../docs';
import { CurrentUser } from '../schemas/user';

/** The `getMyUser` operation; its JSDoc is the client method's (kept multi-line so it survives into the .d.ts). */
export const getMyUserOperation = {
  /**
   * `GET /users/me/`: the authenticated user, a `Human` user or a `Machine` service account (narrow on `user_type`).
   */
  getMyUser: defineEndpoint({
    operation: 'getMyUser',
    method: 'GET',
    path: '/users/me/',
    response: CurrentUser,
    idempotent: true,
    summary: 'Get my user.',
    docs: `${DOCS}#get_my_user`,
  }),
};
