import type { Assert, Same } from '@acct/core';
import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { DOCS } from '../docs';
import { HumanUser } from '../schemas/user';

/** The body of `partialUpdateMyUser` (`PartialUpdateUser`): only the fields given are changed. */
export interface IamPartialUpdateUserBody {
  /** The model's discriminator; only `"Human"` (its default) can be sent. */
  user_type?: 'Human' | undefined;
  /** New first name. */
  first_name?: string | undefined;
  /** New last name. */
  last_name?: string | undefined;
  /** New e-mail address; the server answers 422 for one it finds invalid. */
  email?: string | undefined;
  /** New phone number (e.g. `+33612345678`). */
  phone?: string | undefined;
}

const PartialUpdateUserObject = v.strictObject({
  user_type: v.optional(v.literal('Human')),
  first_name: v.optional(v.string()),
  last_name: v.optional(v.string()),
  email: v.optional(v.string()),
  phone: v.optional(v.string()),
});
type _Check = Assert<Same<IamPartialUpdateUserBody, v.InferInput<typeof PartialUpdateUserObject>>>;

/** `PartialUpdateUser`: documented fields only (a typo is refused). */
export const PartialUpdateUserBody: v.GenericSchema<IamPartialUpdateUserBody, IamPartialUpdateUserBody> = PartialUpdateUserObject;

/** The `partialUpdateMyUser` operation; its JSDoc is the client method's (kept multi-line so it survives into the .d.ts). */
export const partialUpdateMyUserOperation = {
  /**
   * `PATCH /users/me/`: updates only the profile fields given and returns the user.
   */
  partialUpdateMyUser: defineEndpoint({
    operation: 'partialUpdateMyUser',
    method: 'PATCH',
    path: '/users/me/',
    body: PartialUpdateUserBody,
    response: HumanUser,
    idempotent: true,
    summary: 'Partial update my user.',
    docs: `${DOCS}#partial_update_my_user`,
  }),
};
