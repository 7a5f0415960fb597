import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { USER_SCHEME } from '../auth';
import { DOCS } from '../docs';
import { IsValidRes } from '../schemas/valid';

/** `POST /account/email` (`userChangeEmail`): changes the user's email. */
export const changeEmail = defineEndpoint({
  operation: 'changeEmail',
  method: 'POST',
  path: '/account/email',
  body: v.strictObject({ email: v.string() }),
  response: IsValidRes,
  auth: USER_SCHEME,
  idempotent: false,
  summary: "Change a user's email.",
  docs: `${DOCS}/Account/userChangeEmail`,
});
