import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { ACCOUNT_STATUSES, ACCOUNT_TYPES, docs, favoriteMetadataInput, identifiers, VISIBILITIES } from '../schemas/common';
import { User } from '../schemas/user';

/** Privileges `searchUsers` can filter on. */
export const PRIVILEGES = [
  ...['ADMINISTRATION', 'AUTHORING', 'USERDATAUPLOADING', 'DATADOWNLOADING', 'USERMANAGEMENT', 'DATAMANAGEMENT', 'SHAREWITHALL'],
  ...['JOBSCHEDULING', 'A3ANALYSIS', 'EXPERIMENTALFEATUREPRIVILEGE', 'BYPASSRLS', 'RANALYSIS', 'DEVELOPER', 'USER_ADMINISTRATION'],
  ...['GROUP_ADMINISTRATION', 'SYNCMANAGEMENT', 'CAN_CREATE_CATALOG', 'DISABLE_PINBOARD_CREATION', 'LIVEBOARD_VERIFIER'],
  ...['PREVIEW_THOUGHTSPOT_SAGE', 'APPLICATION_ADMINISTRATION', 'SYSTEM_INFO_ADMINISTRATION', 'ORG_ADMINISTRATION'],
  ...['ROLE_ADMINISTRATION', 'AUTHENTICATION_ADMINISTRATION', 'BILLING_INFO_ADMINISTRATION', 'CAN_MANAGE_CUSTOM_CALENDAR'],
  ...['CAN_CREATE_OR_EDIT_CONNECTIONS', 'CAN_MANAGE_WORKSHEET_VIEWS_TABLES', 'CAN_MANAGE_VERSION_CONTROL', 'THIRDPARTY_ANALYSIS'],
  ...['ALLOW_NON_EMBED_FULL_APP_ACCESS', 'CAN_ACCESS_ANALYST_STUDIO', 'CAN_MANAGE_ANALYST_STUDIO', 'PREVIEW_DOCUMENT_SEARCH'],
  ...['CAN_MODIFY_FOLDERS', 'CAN_MANAGE_VARIABLES', 'CAN_VIEW_FOLDERS', 'CAN_SETUP_VERSION_CONTROL', 'CAN_MANAGE_WEBHOOKS'],
  ...['CAN_DOWNLOAD_VISUALS', 'CAN_DOWNLOAD_DETAILED_DATA', 'CAN_USE_SPOTTER'],
] as const;

/** The filters of `searchUsers` (everything but the paging fields). */
export const searchFilterEntries = {
  user_identifier: v.optional(v.string()),
  display_name: v.optional(v.string()),
  name_pattern: v.optional(v.string()),
  visibility: v.optional(v.picklist(VISIBILITIES)),
  email: v.optional(v.string()),
  group_identifiers: v.optional(identifiers),
  privileges: v.optional(v.array(v.picklist(PRIVILEGES))),
  account_type: v.optional(v.picklist(ACCOUNT_TYPES)),
  account_status: v.optional(v.picklist(ACCOUNT_STATUSES)),
  notify_on_share: v.nullish(v.boolean()),
  show_onboarding_experience: v.nullish(v.boolean()),
  onboarding_experience_completed: v.nullish(v.boolean()),
  org_identifiers: v.optional(identifiers),
  home_liveboard_identifier: v.optional(v.string()),
  favorite_metadata: v.optional(v.array(favoriteMetadataInput)),
  sort_options: v.nullish(
    v.strictObject({
      field_name: v.nullish(v.picklist(['NAME', 'DISPLAY_NAME', 'AUTHOR', 'CREATED', 'MODIFIED'])),
      order: v.nullish(v.picklist(['ASC', 'DESC'])),
    }),
  ),
  role_identifiers: v.optional(identifiers),
  include_favorite_metadata: v.nullish(v.boolean()),
  include_variable_values: v.nullish(v.boolean()),
};

/** `POST /api/rest/2.0/users/search`: the users matching the filters, one page (`record_offset`, `record_size`). */
export const searchUsers = defineEndpoint({
  operation: 'searchUsers',
  // A search is a POST with a JSON body in ThoughtSpot v2, and is safe to repeat.
  method: 'POST',
  path: '/api/rest/2.0/users/search',
  body: v.strictObject({
    ...searchFilterEntries,
    record_offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    // -1 returns every matching user in one response (the vendor's NOTE).
    record_size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-1))),
  }),
  response: v.array(User),
  idempotent: true,
  summary: 'Gets a list of users available on the ThoughtSpot system.',
  docs: docs('users%2Fsearch-users'),
});
