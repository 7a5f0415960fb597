import { defineEndpoint } from '@acct/core';
import { DOCS } from '../docs';

/** The `deleteMyUser` operation; its JSDoc is the client method's (kept multi-line so it survives into the .d.ts). */
export const deleteMyUserOperation = {
  /**
   * `DELETE /users/me/`: deletes the authenticated human user, irreversibly; resolves to `undefined`.
   * EazyRent answers 410 Gone with an empty body on success (its own Python client raises there) and
   * 404 when the user does not exist: a retry whose earlier attempt may have deleted the user (its
   * response lost, or a 5xx) resolves on that 404 too. A 404 on the first attempt (a service account,
   * say) is `NotFoundError`.
   */
  deleteMyUser: defineEndpoint({
    operation: 'deleteMyUser',
    method: 'DELETE',
    path: '/users/me/',
    success: [410],
    gone: [404],
    idempotent: true,
    summary: 'Delete my user.',
    docs: `${DOCS}#delete_my_user`,
  }),
};
