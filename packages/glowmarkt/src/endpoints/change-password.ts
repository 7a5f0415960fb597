import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { USER_SCHEME } from '../auth';
import { DOCS } from '../docs';
import { IsValidRes } from '../schemas/valid';

/** `POST /account/changepassword` (`userChangePassWord`): changes the user's password, given the current one. */
export const changePassword = defineEndpoint({
  operation: 'changePassword',
  method: 'POST',
  path: '/account/changepassword',
  // The spec's inline schema lists no required field, but its description says the previous
  // password must be provided, and a change without a new one is meaningless: both are required.
  body: v.strictObject({ oldPassword: v.string(), newPassword: v.string() }),
  response: IsValidRes,
  // The spec lists `userToken` and `applicationId` as alternatives; both are sent, which satisfies either.
  auth: USER_SCHEME,
  idempotent: false,
  summary: "Change a user's password.",
  docs: `${DOCS}/Account/userChangePassWord`,
});
