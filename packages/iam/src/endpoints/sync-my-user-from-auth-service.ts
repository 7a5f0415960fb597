import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { DOCS } from '../docs';

/** `sync_my_user_from_auth_service`: re-reads the user from the authentication service; succeeds with 202. */
export const syncMyUserFromAuthService = defineEndpoint({
  operation: 'syncMyUserFromAuthService',
  method: 'POST',
  path: '/users/me/sync-from-auth/',
  // Documented as an untyped `object`.
  response: v.unknown(),
  success: [202],
  idempotent: false,
  summary: 'Sync my user from auth service.',
  docs: `${DOCS}#sync_my_user_from_auth_service`,
});
