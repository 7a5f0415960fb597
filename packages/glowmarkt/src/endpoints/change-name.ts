import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { USER_SCHEME } from '../auth';
import { DOCS } from '../docs';
import { IsValidRes } from '../schemas/valid';

/** `POST /account/name` (`userChangeName`): changes the user's name. */
export const changeName = defineEndpoint({
  operation: 'changeName',
  method: 'POST',
  path: '/account/name',
  body: v.strictObject({ name: v.string() }),
  response: IsValidRes,
  auth: USER_SCHEME,
  idempotent: false,
  summary: "Change a user's name.",
  docs: `${DOCS}/Account/userChangeName`,
});
