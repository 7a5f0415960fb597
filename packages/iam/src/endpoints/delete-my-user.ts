import { defineEndpoint } from '@acct/core';
import { DOCS } from '../docs';

/**
 * `delete_my_user`: deletes the authenticated human user, irreversibly. EazyRent answers a
 * successful delete with 410 Gone and an empty body (its own Python client raises there).
 */
export const deleteMyUser = defineEndpoint({
  operation: 'deleteMyUser',
  method: 'DELETE',
  path: '/users/me/',
  success: [410],
  idempotent: true,
  summary: 'Delete my user.',
  docs: `${DOCS}#delete_my_user`,
});
