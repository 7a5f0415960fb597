import type { Assert, Same } from '@acct/core';
import { defineEndpoint, entity } from '@acct/core';
import * as v from 'valibot';
import {
  ACCOUNT_STATUSES,
  ACCOUNT_TYPES,
  type AccountStatus,
  type AccountType,
  docs,
  type FavoriteMetadataInput,
  favoriteMetadataInput,
  identifier,
  identifiers,
  type Locale,
  locale,
  VISIBILITIES,
  type Visibility,
} from '../schemas/common';

/** `ImportUser`: one user to create or update; every field but the first two may be `null`. */
export interface ImportUser {
  /** Unique ID or name of the user. */
  user_identifier: string;
  /** Display name of the user. */
  display_name: string;
  /** Password of the user (new users without one get `default_password`). */
  password?: string | null;
  /** Type of the account: `LOCAL_USER`, `LDAP_USER`, `SAML_USER`, `OIDC_USER` or `REMOTE_USER`. */
  account_type?: AccountType | null;
  /** Status of the account; `SUSPENDED` applies to IAMv2 users only. */
  account_status?: AccountStatus | null;
  /** Email address of the user. */
  email?: string | null;
  /** IDs or names of the Orgs the user belongs to. */
  org_identifiers?: string[] | null;
  /** IDs or names of the groups the user belongs to. */
  group_identifiers?: string[] | null;
  /** `SHARABLE`: visible to other users and groups who share objects; `NON_SHARABLE`: hidden. */
  visibility?: Visibility | null;
  /** Whether the user is notified when other users or groups share objects with them. */
  notify_on_share?: boolean | null;
  /** Whether the new-user onboarding walkthroughs are shown. */
  show_onboarding_experience?: boolean | null;
  /** Whether the user has completed the onboarding walkthroughs. */
  onboarding_experience_completed?: boolean | null;
  /** Unique ID or name of the user's default Liveboard. */
  home_liveboard_identifier?: string | null;
  /** Objects to add to the user's favorites. */
  favorite_metadata?: FavoriteMetadataInput[] | null;
  /** The user's locale (`en-GB`, `pl-PL`, …); ignored when `use_browser_language` is `true`. */
  preferred_locale?: Locale | null;
  /** `true`: the UI follows the browser's language and `preferred_locale` is unset. Since 26.3.0.cl. */
  use_browser_language?: boolean | null;
}

/** `ImportUsersRequest`: the users to create or update, and what to do with the others. */
export interface ImportUsersRequest {
  /** The users to import; may be empty (with `dry_run` and `delete_unspecified_users`, a preview of a sync's deletions). */
  users: ImportUser[];
  /** Password for imported users that have none in ThoughtSpot. */
  default_password?: string;
  /** `true`: change nothing, return the users that would be added, updated and deleted. */
  dry_run?: boolean | null;
  /** `true`: delete every user not listed (except `tsadmin`, `guest`, `system` and `su`). */
  delete_unspecified_users?: boolean | null;
}

/** `ImportUserType`: a user the import added, updated or deleted (or would, on a dry run). */
export interface ThoughtSpotImportedUser {
  /** Unique identifier of the user; may be `null` (e.g. a user a dry run would add). */
  id?: string | null;
  /** Name of the user. */
  name: string;
}

/** `ImportUsersResponse`: the users added, updated and deleted (or that would be, on a dry run). */
export interface ThoughtSpotImportResult {
  /** Users created by the import. */
  users_added?: ThoughtSpotImportedUser[] | null;
  /** Users whose properties the import updated. */
  users_updated?: ThoughtSpotImportedUser[] | null;
  /** Users deleted because `delete_unspecified_users` was set. */
  users_deleted?: ThoughtSpotImportedUser[] | null;
}

const importUser = v.strictObject({
  user_identifier: identifier,
  display_name: v.pipe(v.string(), v.nonEmpty('Must not be empty')),
  password: v.nullish(v.string()),
  account_type: v.nullish(v.picklist(ACCOUNT_TYPES)),
  account_status: v.nullish(v.picklist(ACCOUNT_STATUSES)),
  email: v.nullish(v.string()),
  org_identifiers: v.nullish(identifiers),
  group_identifiers: v.nullish(identifiers),
  visibility: v.nullish(v.picklist(VISIBILITIES)),
  notify_on_share: v.nullish(v.boolean()),
  show_onboarding_experience: v.nullish(v.boolean()),
  onboarding_experience_completed: v.nullish(v.boolean()),
  home_liveboard_identifier: v.nullish(v.string()),
  favorite_metadata: v.nullish(v.array(favoriteMetadataInput)),
  preferred_locale: v.nullish(locale),
  use_browser_language: v.nullish(v.boolean()),
});
const body = v.strictObject({
  // An empty list is allowed: with dry_run it previews which users delete_unspecified_users would remove.
  users: v.array(importUser),
  default_password: v.optional(v.string()),
  dry_run: v.nullish(v.boolean()),
  delete_unspecified_users: v.nullish(v.boolean()),
});
const imported = entity({ name: v.string() }, { id: v.string() });
const ImportedUserSchema: v.GenericSchema<unknown, ThoughtSpotImportedUser> = imported;
const result = entity(
  {},
  { users_added: v.array(ImportedUserSchema), users_updated: v.array(ImportedUserSchema), users_deleted: v.array(ImportedUserSchema) },
);
export type ImportUserCheck = Assert<Same<ImportUser, v.InferInput<typeof importUser>>>;
export type ImportUsersRequestCheck = Assert<Same<ImportUsersRequest, v.InferInput<typeof body>>>;
export type ImportedUserCheck = Assert<Same<ThoughtSpotImportedUser, v.InferOutput<typeof imported>>>;
export type ImportResultCheck = Assert<Same<ThoughtSpotImportResult, v.InferOutput<typeof result>>>;

/** Reads an `ImportUsersResponse` (an object; every list may be `null` or absent). */
export const ImportUsersResponseSchema: v.GenericSchema<unknown, ThoughtSpotImportResult> = result;

/** `POST /api/rest/2.0/users/import`: creates, updates and optionally deletes users in one call. */
export const importUsers = defineEndpoint({
  operation: 'importUsers',
  method: 'POST',
  path: '/api/rest/2.0/users/import',
  body: body as v.GenericSchema<ImportUsersRequest>,
  response: ImportUsersResponseSchema,
  idempotent: false,
  summary: 'Imports user data from external databases into ThoughtSpot.',
  docs: docs('users%2Fimport-users'),
});
