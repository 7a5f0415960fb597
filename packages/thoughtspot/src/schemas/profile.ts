import { type JsonValue, jsonValue } from '@acct/core';
import * as v from 'valibot';
import {
  ACCOUNT_STATUSES,
  ACCOUNT_TYPES,
  type AccountStatus,
  type AccountType,
  type FavoriteMetadataInput,
  favoriteMetadataInput,
  identifiers,
  type Locale,
  locale,
  VISIBILITIES,
  type Visibility,
} from './common';

/** The profile fields `createUser` and `updateUser` share (`CreateUserRequest`, `UpdateUserRequest`). */
export interface UserProfileFields {
  /** A display name for the account, usually the user's first and last name. */
  display_name?: string;
  /** Email address of the user account. */
  email?: string;
  /** Type of the account: `LOCAL_USER`, `LDAP_USER`, `SAML_USER`, `OIDC_USER` or `REMOTE_USER`. */
  account_type?: AccountType;
  /** Status of the account; `SUSPENDED` is a transitional state of IAMv2 users only. */
  account_status?: AccountStatus;
  /** IDs (or names) of the Orgs the user belongs to; see `operation` on update. */
  org_identifiers?: string[];
  /** GUIDs or names of the groups the user belongs to; see `operation` on update. */
  group_identifiers?: string[];
  /** `SHARABLE`: the user is visible to other users and groups sharing an object; `NON_SHARABLE`: hidden. */
  visibility?: Visibility;
  /** Whether the user gets an email when someone shares an Answer, Liveboard or Worksheet with them. */
  notify_on_share?: boolean | null;
  /** Whether the user revisits the onboarding experience. */
  show_onboarding_experience?: boolean | null;
  /** Whether the user has completed (turned off) the onboarding walkthrough. */
  onboarding_experience_completed?: boolean | null;
  /** GUID of the Liveboard shown on the user's Home page at login. */
  home_liveboard_identifier?: string;
  /** Objects to add to the user's favorites. */
  favorite_metadata?: FavoriteMetadataInput[];
  /** The user's locale (`en-GB`, `pl-PL`, …); ignored when `use_browser_language` is `true`. */
  preferred_locale?: Locale;
  /** `true`: the UI follows the browser's language and `preferred_locale` is unset. Since 26.3.0.cl. */
  use_browser_language?: boolean | null;
  /** Properties of the user: any JSON value, sent as given. */
  extended_properties?: JsonValue;
  /** Preferences of the user: any JSON value, sent as given. */
  extended_preferences?: JsonValue;
}

/** The schema entries of `UserProfileFields` (closed enums stay closed, locales open, free-form fields verbatim). */
export const profileEntries = {
  display_name: v.optional(v.string()),
  email: v.optional(v.string()),
  account_type: v.optional(v.picklist(ACCOUNT_TYPES)),
  account_status: v.optional(v.picklist(ACCOUNT_STATUSES)),
  org_identifiers: v.optional(identifiers),
  group_identifiers: v.optional(identifiers),
  visibility: v.optional(v.picklist(VISIBILITIES)),
  notify_on_share: v.nullish(v.boolean()),
  show_onboarding_experience: v.nullish(v.boolean()),
  onboarding_experience_completed: v.nullish(v.boolean()),
  home_liveboard_identifier: v.optional(v.string()),
  favorite_metadata: v.optional(v.array(favoriteMetadataInput)),
  preferred_locale: v.optional(locale),
  use_browser_language: v.nullish(v.boolean()),
  extended_properties: v.optional(jsonValue()),
  extended_preferences: v.optional(jsonValue()),
};
