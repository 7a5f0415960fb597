import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { docs, identifier } from '../schemas/common';
import { User } from '../schemas/user';

/** `POST /api/rest/2.0/users/activate`: re-activates a deactivated account (9.7.0.cl or later). */
export const activateUser = defineEndpoint({
  operation: 'activateUser',
  method: 'POST',
  path: '/api/rest/2.0/users/activate',
  body: v.strictObject({
    user_identifier: identifier,
    /** The token `deactivateUser` returned in its activation link. */
    auth_token: v.pipe(v.string(), v.nonEmpty('Must not be empty')),
    password: v.pipe(v.string(), v.nonEmpty('Must not be empty')),
    properties: v.optional(v.string()),
  }),
  response: User,
  idempotent: false,
  summary: 'Activates a deactivated user account.',
  docs: docs('users%2Factivate-user'),
});
