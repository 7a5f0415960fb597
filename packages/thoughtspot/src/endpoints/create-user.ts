import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { docs, extended, profileEntries } from '../schemas/common';
import { User } from '../schemas/user';

/** `POST /api/rest/2.0/users/create`: creates a user and returns it. */
export const createUser = defineEndpoint({
  operation: 'createUser',
  method: 'POST',
  path: '/api/rest/2.0/users/create',
  body: v.strictObject({
    ...profileEntries,
    name: v.pipe(v.string(), v.nonEmpty('Must not be empty')),
    display_name: v.pipe(v.string(), v.nonEmpty('Must not be empty')),
    email: v.string(),
    password: v.optional(v.string()),
    extended_properties: v.optional(extended),
    extended_preferences: v.optional(extended),
    trigger_welcome_email: v.nullish(v.boolean()),
    trigger_activation_email: v.nullish(v.boolean()),
  }),
  response: User,
  idempotent: false,
  summary: 'Creates a user in ThoughtSpot.',
  docs: docs('users%2Fcreate-user'),
});
