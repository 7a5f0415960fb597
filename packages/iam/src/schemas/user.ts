import { openEnum } from '@acct/core';
import * as v from 'valibot';
import { UserConfig } from './user-config';

/** The `state` values the spec lists; others the vendor adds pass through as strings. */
export const USER_STATES = [
  'USER_STATE_UNSPECIFIED',
  'USER_STATE_ACTIVE',
  'USER_STATE_INACTIVE',
  'USER_STATE_DELETED',
  'USER_STATE_LOCKED',
  'USER_STATE_SUSPEND',
  'USER_STATE_INITIAL',
] as const;

const text = v.nullish(v.string());

/** `ListOrganization`: the organization a user or service account belongs to. */
export const Organization = v.looseObject({
  id: v.string(),
  name: v.string(),
  organization_id: text,
  insurance_id: text,
  logo: v.optional(v.unknown()),
  registration_number: text,
  address: text,
  account_type: text,
});

/** `User`: a human user (`user_type: "Human"`). */
export const HumanUser = v.looseObject({
  user_type: v.literal('Human'),
  id: v.string(),
  first_name: text,
  last_name: text,
  email: text,
  phone: text,
  avatar: text,
  state: v.nullish(openEnum(USER_STATES)),
  config: v.nullish(UserConfig),
  organization: v.nullish(Organization),
  updated_at: text,
});

/** `ServiceAccount`: a machine user (`user_type: "Machine"`). */
export const ServiceAccount = v.looseObject({
  user_type: v.literal('Machine'),
  id: v.string(),
  name: text,
  updated_at: text,
  organization: v.nullish(Organization),
});
