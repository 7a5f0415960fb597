import { defineEndpoint } from '@acct/core';
import { DOCS } from '../docs';
import { Accepted } from '../schemas/accepted';

/** The `syncMyUserFromAuthService` operation; its JSDoc is the client method's (kept multi-line so it survives into the .d.ts). */
export const syncMyUserFromAuthServiceOperation = {
  /**
   * `POST /users/me/sync-from-auth/`: re-reads the user from the authentication service (202 Accepted, body kept as sent).
   */
  syncMyUserFromAuthService: defineEndpoint({
    operation: 'syncMyUserFromAuthService',
    method: 'POST',
    path: '/users/me/sync-from-auth/',
    response: Accepted,
    success: [202],
    idempotent: false,
    summary: 'Sync my user from auth service.',
    docs: `${DOCS}#sync_my_user_from_auth_service`,
  }),
};
