import type { Assert, Same } from '@acct/core';
import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import {
  ACCOUNT_STATUSES,
  ACCOUNT_TYPES,
  type AccountStatus,
  type AccountType,
  docs,
  type FavoriteMetadataInput,
  favoriteMetadataInput,
  identifiers,
  VISIBILITIES,
  type Visibility,
} from '../schemas/common';
import { type Privilege, privilege } from '../schemas/privileges';
import { UserSchema } from '../schemas/user';

/** `SortOptions` of a user search. */
export interface SearchUsersSortOptions {
  /** Field to sort on: `NAME`, `DISPLAY_NAME`, `AUTHOR`, `CREATED` or `MODIFIED`. */
  field_name?: 'NAME' | 'DISPLAY_NAME' | 'AUTHOR' | 'CREATED' | 'MODIFIED' | null;
  /** Sort order: `ASC` (ascending) or `DESC` (descending). */
  order?: 'ASC' | 'DESC' | null;
}

/** The filters of a user search: every `SearchUsersRequest` field but the paging ones (`searchUsersAll` takes these). */
export interface SearchUsersFilter {
  /** GUID or name of the user to find. */
  user_identifier?: string;
  /** Display name of the user account. */
  display_name?: string;
  /** A pattern matched, case-insensitively, against user names (`%` is the wildcard). */
  name_pattern?: string;
  /** Only users with this visibility: `SHARABLE` or `NON_SHARABLE`. */
  visibility?: Visibility;
  /** Email address of the user account. */
  email?: string;
  /** GUIDs or names of groups the users belong to. */
  group_identifiers?: string[];
  /** Privileges the users have (`AUTHORING`, `CAN_MANAGE_AGENTS`, …: any upper-case privilege name is accepted). */
  privileges?: Privilege[];
  /** Type of the account: `LOCAL_USER`, `LDAP_USER`, `SAML_USER`, `OIDC_USER` or `REMOTE_USER`. */
  account_type?: AccountType;
  /** Current status of the account (`ACTIVE`, `INACTIVE`, …). */
  account_status?: AccountStatus;
  /** Only users who do (`true`) or do not get an email when objects are shared with them. */
  notify_on_share?: boolean | null;
  /** Only users who do (`true`) or do not revisit the onboarding experience. */
  show_onboarding_experience?: boolean | null;
  /** Only users who have (`true`) or have not completed the onboarding walkthrough. */
  onboarding_experience_completed?: boolean | null;
  /** IDs or names of Orgs the users belong to. */
  org_identifiers?: string[];
  /** Unique ID or name of the users' home Liveboard. */
  home_liveboard_identifier?: string;
  /** Objects the users have as favorites. */
  favorite_metadata?: FavoriteMetadataInput[];
  /** How to sort the results. */
  sort_options?: SearchUsersSortOptions | null;
  /** Only users with one of these roles (GUIDs or names). */
  role_identifiers?: string[];
  /** Whether each user's `favorite_metadata` is included in the response. */
  include_favorite_metadata?: boolean | null;
  /** Whether each user's formula variable values are included in the response. */
  include_variable_values?: boolean | null;
}

/** `SearchUsersRequest`: the filters and one page (`record_offset`, `record_size`). */
export interface SearchUsersRequest extends SearchUsersFilter {
  /** Index of the first record to return (0-based). */
  record_offset?: number;
  /** Number of records to return; `-1` returns every matching user. */
  record_size?: number;
}

const sortOptions = v.strictObject({
  field_name: v.nullish(v.picklist(['NAME', 'DISPLAY_NAME', 'AUTHOR', 'CREATED', 'MODIFIED'])),
  order: v.nullish(v.picklist(['ASC', 'DESC'])),
});
const body = v.strictObject({
  user_identifier: v.optional(v.string()),
  display_name: v.optional(v.string()),
  name_pattern: v.optional(v.string()),
  visibility: v.optional(v.picklist(VISIBILITIES)),
  email: v.optional(v.string()),
  group_identifiers: v.optional(identifiers),
  privileges: v.optional(v.array(privilege)),
  account_type: v.optional(v.picklist(ACCOUNT_TYPES)),
  account_status: v.optional(v.picklist(ACCOUNT_STATUSES)),
  notify_on_share: v.nullish(v.boolean()),
  show_onboarding_experience: v.nullish(v.boolean()),
  onboarding_experience_completed: v.nullish(v.boolean()),
  org_identifiers: v.optional(identifiers),
  home_liveboard_identifier: v.optional(v.string()),
  favorite_metadata: v.optional(v.array(favoriteMetadataInput)),
  sort_options: v.nullish(sortOptions),
  role_identifiers: v.optional(identifiers),
  include_favorite_metadata: v.nullish(v.boolean()),
  include_variable_values: v.nullish(v.boolean()),
  record_offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  // -1 returns every matching user in one response (the vendor's NOTE).
  record_size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-1))),
});
export type SearchUsersRequestCheck = Assert<Same<SearchUsersRequest, v.InferInput<typeof body>>>;

/** `POST /api/rest/2.0/users/search`: the users matching the filters, one page (`record_offset`, `record_size`). */
export const searchUsers = defineEndpoint({
  operation: 'searchUsers',
  // A search is a POST with a JSON body in ThoughtSpot v2, and is safe to repeat.
  method: 'POST',
  path: '/api/rest/2.0/users/search',
  body: body as v.GenericSchema<SearchUsersRequest>,
  // Without a filter, every user; a `null` is refused, not sent as `{}`.
  call: (body?: SearchUsersRequest) => ({ body: body === undefined ? {} : body }),
  response: v.array(UserSchema),
  idempotent: true,
  summary: 'Gets a list of users available on the ThoughtSpot system.',
  docs: docs('users%2Fsearch-users'),
});
