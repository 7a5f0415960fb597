import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { docs, identifier } from '../schemas/common';

/** `POST /api/rest/2.0/users/change-password`: changes a password, given the current one; 204. */
export const changeUserPassword = defineEndpoint({
  operation: 'changeUserPassword',
  method: 'POST',
  path: '/api/rest/2.0/users/change-password',
  body: v.strictObject({
    current_password: v.pipe(v.string(), v.nonEmpty('Must not be empty')),
    new_password: v.pipe(v.string(), v.nonEmpty('Must not be empty')),
    user_identifier: identifier,
  }),
  success: [204],
  idempotent: false,
  summary: 'Updates the current password of the user.',
  docs: docs('users%2Fchange-user-password'),
});
