import type { Assert, Same } from '@acct/core';
import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { docs } from '../schemas/common';
import { profileEntries, type UserProfileFields } from '../schemas/profile';

/** `UpdateUserRequest`: the properties to change; fields left out stay as they are. */
export interface UpdateUserRequest extends UserProfileFields {
  /** New name of the user; must be unique. */
  name?: string;
  /** How `group_identifiers` and `org_identifiers` apply: `ADD`, `REMOVE` or `REPLACE` (the default). */
  operation?: 'ADD' | 'REMOVE' | 'REPLACE';
}

const body = v.strictObject({
  ...profileEntries,
  name: v.optional(v.pipe(v.string(), v.nonEmpty('Must not be empty'))),
  operation: v.optional(v.picklist(['ADD', 'REMOVE', 'REPLACE'])),
});
export type UpdateUserRequestCheck = Assert<Same<UpdateUserRequest, v.InferInput<typeof body>>>;

/** `POST /api/rest/2.0/users/{user_identifier}/update`: changes a user's properties; 204. Safe to retry. */
export const updateUser = defineEndpoint({
  operation: 'updateUser',
  method: 'POST',
  path: '/api/rest/2.0/users/{user_identifier}/update',
  body: body as v.GenericSchema<UpdateUserRequest>,
  call: (userIdentifier: string, body: UpdateUserRequest) => ({ params: { user_identifier: userIdentifier }, body }),
  success: [204],
  idempotent: true,
  summary: 'Updates the properties of a user object.',
  docs: docs('users%2Fupdate-user'),
});
