import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { DOCS } from '../docs';
import { HumanUser } from '../schemas/user';

/** `PartialUpdateUser`: only the fields given are updated. */
export const PartialUpdateUserBody = v.strictObject({
  // The spec's model carries the discriminator too, defaulting to "Human".
  user_type: v.optional(v.literal('Human')),
  first_name: v.optional(v.string()),
  last_name: v.optional(v.string()),
  email: v.optional(v.string()),
  phone: v.optional(v.string()),
});

/** `partial_update_my_user`: updates the given profile fields and returns the user. */
export const partialUpdateMyUser = defineEndpoint({
  operation: 'partialUpdateMyUser',
  method: 'PATCH',
  path: '/users/me/',
  body: PartialUpdateUserBody,
  response: HumanUser,
  idempotent: true,
  summary: 'Partial update my user.',
  docs: `${DOCS}#partial_update_my_user`,
});
