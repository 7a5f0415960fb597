import type { Assert, Same } from '@acct/core';
import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { docs } from '../schemas/common';
import { profileEntries, type UserProfileFields } from '../schemas/profile';
import { UserSchema } from '../schemas/user';

/** `CreateUserRequest`: the new user's name, display name and email, and optionally its groups, Orgs and preferences. */
export interface CreateUserRequest extends UserProfileFields {
  /** Name of the user; must be unique. */
  name: string;
  /** A unique display name for the account, usually the user's first and last name. */
  display_name: string;
  /** Email address of the user account. */
  email: string;
  /** Password of the account; IAMv2 users without one get an activation email instead. */
  password?: string;
  /** Whether to send a welcome email (only on clusters with IAM disabled). */
  trigger_welcome_email?: boolean | null;
  /** Whether to send an activation email (default `true` for IAMv2 users; set `false` or give a `password` to avoid it). */
  trigger_activation_email?: boolean | null;
}

const body = v.strictObject({
  ...profileEntries,
  name: v.pipe(v.string(), v.nonEmpty('Must not be empty')),
  display_name: v.pipe(v.string(), v.nonEmpty('Must not be empty')),
  email: v.string(),
  password: v.optional(v.string()),
  trigger_welcome_email: v.nullish(v.boolean()),
  trigger_activation_email: v.nullish(v.boolean()),
});
export type CreateUserRequestCheck = Assert<Same<CreateUserRequest, v.InferInput<typeof body>>>;

/** `POST /api/rest/2.0/users/create`: creates a user and returns it. Not retried after it may have been applied. */
export const createUser = defineEndpoint({
  operation: 'createUser',
  method: 'POST',
  path: '/api/rest/2.0/users/create',
  body: body as v.GenericSchema<CreateUserRequest>,
  response: UserSchema,
  idempotent: false,
  summary: 'Creates a user in ThoughtSpot.',
  docs: docs('users%2Fcreate-user'),
});
