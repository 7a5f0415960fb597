import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { docs, identifier } from '../schemas/common';

/** `POST /api/rest/2.0/users/reset-password`: an administrator sets a new password for a user; 204. */
export const resetUserPassword = defineEndpoint({
  operation: 'resetUserPassword',
  method: 'POST',
  path: '/api/rest/2.0/users/reset-password',
  body: v.strictObject({
    new_password: v.pipe(v.string(), v.nonEmpty('Must not be empty')),
    user_identifier: identifier,
  }),
  success: [204],
  idempotent: true,
  summary: 'Resets the password of a user account.',
  docs: docs('users%2Freset-user-password'),
});
