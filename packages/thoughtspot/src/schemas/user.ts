import type { Assert, Same } from '@acct/core';
import { entity, type JsonValue, jsonValue, openEnum } from '@acct/core';
import * as v from 'valibot';
import { ACCOUNT_STATUSES, ACCOUNT_TYPES, type AccountStatus, type AccountType, VISIBILITIES, type Visibility } from './common';
import { type Privilege, privilegeOut } from './privileges';
import {
  FavoriteSchema,
  ObjectRefSchema,
  OrgSchema,
  type ThoughtSpotFavorite,
  type ThoughtSpotObjectRef,
  type ThoughtSpotOrg,
} from './refs';

/** A value of an enum ThoughtSpot grows: the documented ones, or a newer one passed through as received. */
type Open<T extends string> = T | (string & {});

/**
 * `User`, as `searchUsers`, `createUser` and `activateUser` return it. Only `id` and `name` are
 * required; every other field may be `null` or absent. Fields ThoughtSpot adds later are kept on
 * the object as received (untyped).
 */
export interface ThoughtSpotUser {
  /** Unique identifier (GUID) of the user. */
  id: string;
  /** Name of the user (unique; a `user_identifier` may be this or the GUID). */
  name: string;
  /** Display name of the user. */
  display_name?: string | null;
  /** `SHARABLE`: other users and groups can share objects with the user; `NON_SHARABLE`: they cannot. */
  visibility?: Open<Visibility> | null;
  /** Unique identifier of the user's author. */
  author_id?: string | null;
  /** Whether the user can change their password. */
  can_change_password?: boolean | null;
  /** Whether the response has the complete details of the user. */
  complete_detail?: boolean | null;
  /** Creation time of the user, epoch milliseconds. */
  creation_time_in_millis?: number | null;
  /** The Org of the user's current session. */
  current_org?: ThoughtSpotOrg | null;
  /** Whether the user is deleted. */
  deleted?: boolean | null;
  /** Whether the user is deprecated. */
  deprecated?: boolean | null;
  /** Type of the account: `LOCAL_USER`, `LDAP_USER`, `SAML_USER`, `OIDC_USER`, `REMOTE_USER`, or a newer one. */
  account_type?: Open<AccountType> | null;
  /** Status of the account: `ACTIVE`, `INACTIVE`, `EXPIRED`, `LOCKED`, `PENDING`, `SUSPENDED` (IAMv2), or a newer one. */
  account_status?: Open<AccountStatus> | null;
  /** Email address of the user. */
  email?: string | null;
  /** Expiration time of the user, epoch milliseconds. */
  expiration_time_in_millis?: number | null;
  /** Whether the user is external. */
  external?: boolean | null;
  /** The user's favorite objects (with `include_favorite_metadata` in a search). */
  favorite_metadata?: ThoughtSpotFavorite[] | null;
  /** Time of the user's first login session, epoch milliseconds. */
  first_login_time_in_millis?: number | null;
  /** Group mask of the user. */
  group_mask?: number | null;
  /** Whether the user is hidden. */
  hidden?: boolean | null;
  /** The Liveboard shown on the user's Home page. */
  home_liveboard?: ThoughtSpotObjectRef | null;
  /** Incomplete details of the user, if any (free-form). */
  incomplete_details?: JsonValue | null;
  /** Whether this is the user's first login. */
  is_first_login?: boolean | null;
  /** Last modification time of the user, epoch milliseconds. */
  modification_time_in_millis?: number | null;
  /** Unique identifier of the user's last modifier. */
  modifier_id?: string | null;
  /** Whether the user gets an email when an Answer or Liveboard is shared with them. */
  notify_on_share?: boolean | null;
  /** Whether the user has turned the onboarding experience off. */
  onboarding_experience_completed?: boolean | null;
  /** Orgs the user belongs to. */
  orgs?: ThoughtSpotOrg[] | null;
  /** Unique identifier of the user's owner. */
  owner_id?: string | null;
  /** Parent type of the user: `USER` or `GROUP` (or a newer one). */
  parent_type?: Open<'USER' | 'GROUP'> | null;
  /** Privileges assigned to the user (`AUTHORING`, `USER_ADMINISTRATION`, …; newer ones pass through). */
  privileges?: Privilege[] | null;
  /** Whether the user wants to revisit the new-user onboarding experience. */
  show_onboarding_experience?: boolean | null;
  /** Whether the user is a super user. */
  super_user?: boolean | null;
  /** Whether the user is a system user. */
  system_user?: boolean | null;
  /** Tags associated with the user. */
  tags?: ThoughtSpotObjectRef[] | null;
  /** Unique identifier of the user's tenant. */
  tenant_id?: string | null;
  /** Groups the user is assigned to. */
  user_groups?: ThoughtSpotObjectRef[] | null;
  /** Groups the user belongs to through other groups. */
  user_inherited_groups?: ThoughtSpotObjectRef[] | null;
  /** Whether the welcome email was sent to the user. */
  welcome_email_sent?: boolean | null;
  /** Privileges assigned to the user per Org (free-form). */
  org_privileges?: JsonValue | null;
  /** The user's locale (`en-GB`, …). */
  preferred_locale?: string | null;
  /** Whether the UI follows the browser's language instead of `preferred_locale`. Since 26.3.0.cl. */
  use_browser_language?: boolean | null;
  /** Properties of the user (free-form JSON). */
  extended_properties?: JsonValue | null;
  /** Preferences of the user (free-form JSON). */
  extended_preferences?: JsonValue | null;
  /** User parameters set for the user through a JWT (free-form). */
  user_parameters?: JsonValue | null;
  /** Access control properties set for the user through a JWT (free-form). */
  access_control_properties?: JsonValue | null;
  /** Formula variables set for the user through a JWT (free-form). */
  variable_values?: JsonValue | null;
}

const int = v.number();
const flag = v.boolean();
const text = v.string();

const user = entity(
  { id: v.string(), name: v.string() },
  {
    display_name: text,
    visibility: openEnum(VISIBILITIES),
    author_id: text,
    can_change_password: flag,
    complete_detail: flag,
    creation_time_in_millis: int,
    current_org: OrgSchema,
    deleted: flag,
    deprecated: flag,
    account_type: openEnum(ACCOUNT_TYPES),
    account_status: openEnum(ACCOUNT_STATUSES),
    email: text,
    expiration_time_in_millis: int,
    external: flag,
    favorite_metadata: v.array(FavoriteSchema),
    first_login_time_in_millis: int,
    group_mask: int,
    hidden: flag,
    home_liveboard: ObjectRefSchema,
    incomplete_details: jsonValue(),
    is_first_login: flag,
    modification_time_in_millis: int,
    modifier_id: text,
    notify_on_share: flag,
    onboarding_experience_completed: flag,
    orgs: v.array(OrgSchema),
    owner_id: text,
    parent_type: openEnum(['USER', 'GROUP']),
    privileges: v.array(privilegeOut),
    show_onboarding_experience: flag,
    super_user: flag,
    system_user: flag,
    tags: v.array(ObjectRefSchema),
    tenant_id: text,
    user_groups: v.array(ObjectRefSchema),
    user_inherited_groups: v.array(ObjectRefSchema),
    welcome_email_sent: flag,
    org_privileges: jsonValue(),
    preferred_locale: text,
    use_browser_language: flag,
    extended_properties: jsonValue(),
    extended_preferences: jsonValue(),
    user_parameters: jsonValue(),
    access_control_properties: jsonValue(),
    variable_values: jsonValue(),
  },
);

/** Reads a `User`: `id` and `name` must be strings; other fields may be `null` or absent; unknown fields are kept. */
export const UserSchema: v.GenericSchema<unknown, ThoughtSpotUser> = user;
export type UserCheck = Assert<Same<ThoughtSpotUser, v.InferOutput<typeof user>>>;
