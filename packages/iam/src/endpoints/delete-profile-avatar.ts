import { defineEndpoint } from '@acct/core';
import { DOCS } from '../docs';
import { Accepted } from '../schemas/accepted';

/** The `deleteProfileAvatar` operation; its JSDoc is the client method's (kept multi-line so it survives into the .d.ts). */
export const deleteProfileAvatarOperation = {
  /**
   * `DELETE /users/me/avatar/`: removes the authenticated user's avatar (202 Accepted, body kept as sent).
   */
  deleteProfileAvatar: defineEndpoint({
    operation: 'deleteProfileAvatar',
    method: 'DELETE',
    path: '/users/me/avatar/',
    response: Accepted,
    success: [202],
    idempotent: true,
    summary: 'Delete profile avatar.',
    docs: `${DOCS}#delete_profile_avatar`,
  }),
};
