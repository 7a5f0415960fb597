import type { Assert, Same } from '@acct/core';
import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { docs, identifier } from '../schemas/common';
import { UserSchema } from '../schemas/user';

/** `ActivateUserRequest`: the deactivated user, the one-time token of its activation link and a new password. */
export interface ActivateUserRequest {
  /** Unique ID or name of the user. */
  user_identifier: string;
  /** The one-time auth token from the activation link `deactivateUser` returned. */
  auth_token: string;
  /** New password for the user to access the account. */
  password: string;
  /** Properties of the user (a string). */
  properties?: string;
}

const body = v.strictObject({
  user_identifier: identifier,
  auth_token: v.pipe(v.string(), v.nonEmpty('Must not be empty')),
  password: v.pipe(v.string(), v.nonEmpty('Must not be empty')),
  properties: v.optional(v.string()),
});
export type ActivateUserRequestCheck = Assert<Same<ActivateUserRequest, v.InferInput<typeof body>>>;

/** `POST /api/rest/2.0/users/activate`: re-activates a deactivated account (9.7.0.cl or later). Never sent twice. */
export const activateUser = defineEndpoint({
  operation: 'activateUser',
  method: 'POST',
  path: '/api/rest/2.0/users/activate',
  body: body as v.GenericSchema<ActivateUserRequest>,
  response: UserSchema,
  idempotent: false,
  // The auth_token is single-use and a password is set: a replay after a lost response can only fail.
  repeat: 'never',
  summary: 'Activates a deactivated user account.',
  docs: docs('users%2Factivate-user'),
});
