import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { docs, extended, profileEntries } from '../schemas/common';

/** `POST /api/rest/2.0/users/{user_identifier}/update`: changes a user's properties; 204. */
export const updateUser = defineEndpoint({
  operation: 'updateUser',
  method: 'POST',
  path: '/api/rest/2.0/users/{user_identifier}/update',
  body: v.strictObject({
    ...profileEntries,
    name: v.optional(v.pipe(v.string(), v.nonEmpty('Must not be empty'))),
    /** How `group_identifiers` and `org_identifiers` apply (default `REPLACE`). */
    operation: v.optional(v.picklist(['ADD', 'REMOVE', 'REPLACE'])),
    extended_properties: v.optional(extended),
    extended_preferences: v.optional(extended),
  }),
  success: [204],
  idempotent: true,
  summary: 'Updates the properties of a user object.',
  docs: docs('users%2Fupdate-user'),
});
