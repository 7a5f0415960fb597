import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import {
  ACCOUNT_STATUSES,
  ACCOUNT_TYPES,
  docs,
  favoriteMetadataInput,
  identifier,
  identifiers,
  LOCALES,
  VISIBILITIES,
} from '../schemas/common';

/** `ImportUser`: one user to create or update (every field but the first two may be `null`). */
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
  preferred_locale: v.nullish(v.picklist(LOCALES)),
  use_browser_language: v.nullish(v.boolean()),
});

const changed = v.nullish(v.array(v.looseObject({ id: v.nullish(v.string()), name: v.string() })));

/** `ImportUsersResponse`: the users added, updated and deleted (or that would be, on a dry run). */
export const ImportUsersResponse = v.looseObject({ users_added: changed, users_updated: changed, users_deleted: changed });

/** `POST /api/rest/2.0/users/import`: creates, updates and optionally deletes users in one call. */
export const importUsers = defineEndpoint({
  operation: 'importUsers',
  method: 'POST',
  path: '/api/rest/2.0/users/import',
  body: v.strictObject({
    // An empty list with delete_unspecified_users would delete every user but tsadmin, guest, system and su.
    users: v.pipe(v.array(importUser), v.minLength(1, 'List at least one user to import')),
    default_password: v.optional(v.string()),
    dry_run: v.nullish(v.boolean()),
    delete_unspecified_users: v.nullish(v.boolean()),
  }),
  response: ImportUsersResponse,
  idempotent: false,
  summary: 'Imports user data from external databases into ThoughtSpot.',
  docs: docs('users%2Fimport-users'),
});
