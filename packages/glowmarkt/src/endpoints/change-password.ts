import type { Assert, Same } from '@acct/core';
import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { USER_SCHEME } from '../auth';
import { DOCS } from '../docs';
import { IsValidRes } from '../schemas/valid';

/** Body of `changePassword`: the current password and the new one, both required. */
export interface GlowmarktChangePasswordRequest {
  /** The user's current password (redacted from errors and logs). */
  oldPassword: string;
  /** The new password; Glowmarkt answers 400 `weak new password` when it is too weak (redacted from errors and logs). */
  newPassword: string;
}

// The spec's inline schema lists no required field, but its description says the previous
// password must be provided, and a change without a new one is meaningless: both are required.
const body = v.strictObject({ oldPassword: v.string(), newPassword: v.string() });

/**
 * `POST /account/changepassword` (`userChangePassWord`): changes the user's password, given the
 * current one. Never sent twice: after a timeout, a reset or a 5xx the change may have been made.
 */
export const changePassword = defineEndpoint({
  operation: 'changePassword',
  method: 'POST',
  path: '/account/changepassword',
  body: body as v.GenericSchema<GlowmarktChangePasswordRequest>,
  response: IsValidRes,
  call: (body: GlowmarktChangePasswordRequest) => ({ body }),
  // The spec lists `userToken` and `applicationId` as alternatives; both are sent, which satisfies either.
  auth: USER_SCHEME,
  idempotent: false,
  // A replay after the change was applied fails the old-password check and hides the success.
  repeat: 'never',
  summary: "Change a user's password.",
  docs: `${DOCS}/Account/userChangePassWord`,
});

/** Compile-time proof that the named body type and its schema agree. */
export type ChangePasswordTypesMatch = Assert<Same<GlowmarktChangePasswordRequest, v.InferInput<typeof body>>>;
