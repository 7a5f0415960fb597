import type { Assert, Same } from '@acct/core';
import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { USER_SCHEME } from '../auth';
import { DOCS } from '../docs';
import { IsValidRes } from '../schemas/valid';

/** Body of `changeEmail`. */
export interface GlowmarktChangeEmailRequest {
  /** The user's new email address, e.g. `scotty_eng@enterprise.st`. */
  email: string;
}

const body = v.strictObject({ email: v.string() });

/** `POST /account/email` (`userChangeEmail`): changes the user's email. */
export const changeEmail = defineEndpoint({
  operation: 'changeEmail',
  method: 'POST',
  path: '/account/email',
  body: body as v.GenericSchema<GlowmarktChangeEmailRequest>,
  response: IsValidRes,
  call: (body: GlowmarktChangeEmailRequest) => ({ body }),
  auth: USER_SCHEME,
  idempotent: false,
  summary: "Change a user's email.",
  docs: `${DOCS}/Account/userChangeEmail`,
});

/** Compile-time proof that the named body type and its schema agree. */
export type ChangeEmailRequestTypesMatch = Assert<Same<GlowmarktChangeEmailRequest, v.InferInput<typeof body>>>;
