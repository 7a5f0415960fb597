import type { Assert, Same } from '@acct/core';
import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { USER_SCHEME } from '../auth';
import { DOCS } from '../docs';
import { IsValidRes } from '../schemas/valid';

/** Body of `changeName`. */
export interface GlowmarktChangeNameRequest {
  /** The user's new display name, e.g. `Montgomery Jorgensen`. */
  name: string;
}

const body = v.strictObject({ name: v.string() });

/** `POST /account/name` (`userChangeName`): changes the user's name. */
export const changeName = defineEndpoint({
  operation: 'changeName',
  method: 'POST',
  path: '/account/name',
  body: body as v.GenericSchema<GlowmarktChangeNameRequest>,
  response: IsValidRes,
  call: (body: GlowmarktChangeNameRequest) => ({ body }),
  auth: USER_SCHEME,
  idempotent: false,
  summary: "Change a user's name.",
  docs: `${DOCS}/Account/userChangeName`,
});

/** Compile-time proof that the named body type and its schema agree. */
export type ChangeNameRequestTypesMatch = Assert<Same<GlowmarktChangeNameRequest, v.InferInput<typeof body>>>;
