import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { DOCS } from '../docs';

/** `delete_profile_avatar`: removes the authenticated user's avatar; succeeds with 202. */
export const deleteProfileAvatar = defineEndpoint({
  operation: 'deleteProfileAvatar',
  method: 'DELETE',
  path: '/users/me/avatar/',
  // Documented as an untyped `object`.
  response: v.unknown(),
  success: [202],
  idempotent: true,
  summary: 'Delete profile avatar.',
  docs: `${DOCS}#delete_profile_avatar`,
});
