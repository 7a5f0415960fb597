import type { Assert, Same } from '@acct/core';
import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { docs, identifier } from '../schemas/common';

/** `ResetUserPasswordRequest`: the user and the password an administrator sets for them. */
export interface ResetUserPasswordRequest {
  /** New password for the user. */
  new_password: string;
  /** GUID or name of the user. */
  user_identifier: string;
}

const body = v.strictObject({
  new_password: v.pipe(v.string(), v.nonEmpty('Must not be empty')),
  user_identifier: identifier,
});
export type ResetUserPasswordRequestCheck = Assert<Same<ResetUserPasswordRequest, v.InferInput<typeof body>>>;

/** `POST /api/rest/2.0/users/reset-password`: an administrator sets a new password for a user; 204. Never sent twice. */
export const resetUserPassword = defineEndpoint({
  operation: 'resetUserPassword',
  method: 'POST',
  path: '/api/rest/2.0/users/reset-password',
  body: body as v.GenericSchema<ResetUserPasswordRequest>,
  success: [204],
  // A password write: not repeated once it may have reached the server (password history rules may refuse a replay).
  idempotent: false,
  repeat: 'never',
  summary: 'Resets the password of a user account.',
  docs: docs('users%2Freset-user-password'),
});
