import { openEnum } from '@acct/core';
import * as v from 'valibot';
import { ACCOUNT_STATUSES, ACCOUNT_TYPES, VISIBILITIES } from './common';

const int = v.nullish(v.number());
const flag = v.nullish(v.boolean());
const text = v.nullish(v.string());
const idAndName = v.looseObject({ id: text, name: text });
const free = v.optional(v.unknown());
const org = v.looseObject({ id: v.number(), name: v.string() });
const FAVORITE_TYPES = [
  ...['LIVEBOARD', 'ANSWER', 'LOGICAL_TABLE', 'LOGICAL_COLUMN', 'CONNECTION'],
  ...['TAG', 'USER', 'USER_GROUP', 'LOGICAL_RELATIONSHIP'],
] as const;

/**
 * `User`, as `searchUsers`, `createUser` and `activateUser` return it: the documented fields are
 * checked, unknown fields and new enum values pass through (ThoughtSpot adds both often).
 */
export const User = v.looseObject({
  id: v.string(),
  name: v.string(),
  display_name: v.string(),
  visibility: openEnum(VISIBILITIES),
  author_id: text,
  can_change_password: flag,
  complete_detail: flag,
  creation_time_in_millis: int,
  current_org: v.nullish(org),
  deleted: flag,
  deprecated: flag,
  account_type: v.nullish(openEnum(ACCOUNT_TYPES)),
  account_status: v.nullish(openEnum(ACCOUNT_STATUSES)),
  email: text,
  expiration_time_in_millis: int,
  external: flag,
  favorite_metadata: v.nullish(v.array(v.looseObject({ id: v.string(), name: v.string(), type: openEnum(FAVORITE_TYPES) }))),
  first_login_time_in_millis: int,
  group_mask: int,
  hidden: flag,
  home_liveboard: v.nullish(idAndName),
  incomplete_details: free,
  is_first_login: flag,
  modification_time_in_millis: int,
  modifier_id: text,
  notify_on_share: flag,
  onboarding_experience_completed: flag,
  orgs: v.nullish(v.array(org)),
  owner_id: text,
  parent_type: v.nullish(openEnum(['USER', 'GROUP'])),
  privileges: v.nullish(v.array(v.string())),
  show_onboarding_experience: flag,
  super_user: flag,
  system_user: flag,
  tags: v.nullish(v.array(idAndName)),
  tenant_id: text,
  user_groups: v.nullish(v.array(idAndName)),
  user_inherited_groups: v.nullish(v.array(idAndName)),
  welcome_email_sent: flag,
  org_privileges: free,
  preferred_locale: text,
  use_browser_language: flag,
  extended_properties: free,
  extended_preferences: free,
  user_parameters: free,
  access_control_properties: free,
  variable_values: free,
});
