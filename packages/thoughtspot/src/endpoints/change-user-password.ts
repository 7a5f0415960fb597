import type { Assert, Same } from '@acct/core';
import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { docs, identifier } from '../schemas/common';

/** `ChangeUserPasswordRequest`: the user, their current password and the new one. */
export interface ChangeUserPasswordRequest {
  /** Current password of the user. */
  current_password: string;
  /** New password for the user. */
  new_password: string;
  /** GUID or name of the user. */
  user_identifier: string;
}

const body = v.strictObject({
  current_password: v.pipe(v.string(), v.nonEmpty('Must not be empty')),
  new_password: v.pipe(v.string(), v.nonEmpty('Must not be empty')),
  user_identifier: identifier,
});
export type ChangeUserPasswordRequestCheck = Assert<Same<ChangeUserPasswordRequest, v.InferInput<typeof body>>>;

/** `POST /api/rest/2.0/users/change-password`: changes a password, given the current one; 204. Never sent twice. */
export const changeUserPassword = defineEndpoint({
  operation: 'changeUserPassword',
  method: 'POST',
  path: '/api/rest/2.0/users/change-password',
  body: body as v.GenericSchema<ChangeUserPasswordRequest>,
  success: [204],
  idempotent: false,
  // Once applied, a replay fails the current-password check and reports a change that succeeded as failed.
  repeat: 'never',
  summary: 'Updates the current password of the user.',
  docs: docs('users%2Fchange-user-password'),
});
