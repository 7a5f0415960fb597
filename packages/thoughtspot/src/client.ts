import { type ApiPromise, type CallOptions, type ClientOptions, ConfigurationError, createClient, type PaginateOptions } from '@acct/core';
import type * as v from 'valibot';
import { authFrom, type ThoughtSpotAuth } from './auth';
import type { ActivationLink } from './endpoints/deactivate-user';
import type { ImportUsersResponse } from './endpoints/import-users';
import { errorMessage } from './errors';
import { methods } from './methods';
import type { endpoints } from './operations';
import type { User } from './schemas/user';

/** Options of `createThoughtSpotClient`: your cluster's URL, one auth mode, and the core options. */
export type ThoughtSpotClientOptions = ClientOptions & { baseURL: string } & ThoughtSpotAuth;

type Body<K extends keyof typeof endpoints> = v.InferInput<NonNullable<(typeof endpoints)[K]['body']>>;
/** `ActivateUserRequest`. */
export type ActivateUserRequest = Body<'activateUser'>;
/** `ChangeUserPasswordRequest`. */
export type ChangeUserPasswordRequest = Body<'changeUserPassword'>;
/** `CreateUserRequest`. */
export type CreateUserRequest = Body<'createUser'>;
/** `DeactivateUserRequest`. */
export type DeactivateUserRequest = Body<'deactivateUser'>;
/** `ImportUsersRequest`. */
export type ImportUsersRequest = Body<'importUsers'>;
/** `ResetUserPasswordRequest`. */
export type ResetUserPasswordRequest = Body<'resetUserPassword'>;
/** `SearchUsersRequest`. */
export type SearchUsersRequest = Body<'searchUsers'>;
/** The filters of `searchUsersAll`: `SearchUsersRequest` without the paging fields. */
export type SearchUsersFilter = Omit<SearchUsersRequest, 'record_offset' | 'record_size'>;
/** `UpdateUserRequest`. */
export type UpdateUserRequest = Body<'updateUser'>;
/** A ThoughtSpot `User`; fields and enum values added by the vendor pass through. */
export type ThoughtSpotUser = v.InferOutput<typeof User>;
/** `ResponseActivationURL`: `{ activation_link }`. */
export type ThoughtSpotActivationLink = v.InferOutput<typeof ActivationLink>;
/** `ImportUsersResponse`: `{ users_added, users_updated, users_deleted }`. */
export type ThoughtSpotImportResult = v.InferOutput<typeof ImportUsersResponse>;
/** Options of `searchUsersAll`: page size (default 100), first offset, and the per-call options for each page. */
export type SearchAllOptions = PaginateOptions & CallOptions;

/**
 * The ThoughtSpot REST v2 Users API. Each method is `POST /api/rest/2.0/users/…`. Unless noted, it
 * requires `ADMINISTRATION` (Can administer ThoughtSpot), or `USER_ADMINISTRATION` (Can manage users) when RBAC is on.
 */
export interface ThoughtSpotClient {
  /** `users/activate`: activates a deactivated user account (needs the `auth_token` from its activation link). Since 9.7.0.cl. */
  activateUser(body: ActivateUserRequest, options?: CallOptions): ApiPromise<ThoughtSpotUser>;
  /** `users/change-password`: updates the current password of the user; resolves to `undefined` (204). Since 9.0.0.cl. */
  changeUserPassword(body: ChangeUserPasswordRequest, options?: CallOptions): ApiPromise<undefined>;
  /** `users/create`: creates a user in ThoughtSpot, with groups, Orgs, favorites and preferences. Since 9.0.0.cl. */
  createUser(body: CreateUserRequest, options?: CallOptions): ApiPromise<ThoughtSpotUser>;
  /** `users/deactivate`: deactivates a user account; returns the activation link (valid 14 days). Since 9.7.0.cl. */
  deactivateUser(body: DeactivateUserRequest, options?: CallOptions): ApiPromise<ThoughtSpotActivationLink>;
  /** `users/{user_identifier}/delete`: deletes a user (GUID or name) from the ThoughtSpot system; 204. Since 9.0.0.cl. */
  deleteUser(userIdentifier: string, options?: CallOptions): ApiPromise<undefined>;
  /** `users/force-logout`: enforces logout on the listed users' current sessions; 204. Since 9.0.0.cl. */
  forceLogoutUsers(body: { user_identifiers: string[] }, options?: CallOptions): ApiPromise<undefined>;
  /** `users/force-logout` with no list: logs out **every** user on the cluster; only with `{ allUsers: true }`. Since 9.0.0.cl. */
  forceLogoutUsers(body: Record<string, never>, options: CallOptions & { allUsers: true }): ApiPromise<undefined>;
  /** `users/import`: imports user data from external databases into ThoughtSpot (create, update, optionally delete others). Since 9.0.0.cl. */
  importUsers(body: ImportUsersRequest, options?: CallOptions): ApiPromise<ThoughtSpotImportResult>;
  /** `users/reset-password`: resets the password of a user account on the user's behalf; 204. Since 9.0.0.cl. */
  resetUserPassword(body: ResetUserPasswordRequest, options?: CallOptions): ApiPromise<undefined>;
  /**
   * `users/search`: gets a list of users available on the ThoughtSpot system, one page (`record_offset`,
   * `record_size`; `-1` for all). Since 9.0.0.cl. Available to all users; administrators see every property.
   */
  searchUsers(body?: SearchUsersRequest, options?: CallOptions): ApiPromise<ThoughtSpotUser[]>;
  /** Every user matching `filter`, one `searchUsers` page at a time (`record_offset` / `record_size` = `pageSize`). */
  searchUsersAll(filter?: SearchUsersFilter, options?: SearchAllOptions): AsyncGenerator<ThoughtSpotUser, void, undefined>;
  /** `users/{user_identifier}/update`: updates the properties of a user object (groups and Orgs per `operation`); 204. Since 9.0.0.cl. */
  updateUser(userIdentifier: string, body: UpdateUserRequest, options?: CallOptions): ApiPromise<undefined>;
}

/** Creates a client for your cluster: `createThoughtSpotClient({ baseURL, username, password })`. */
export function createThoughtSpotClient(options: ThoughtSpotClientOptions): ThoughtSpotClient {
  const all = (options ?? {}) as unknown as Record<string, unknown>;
  if (typeof all.baseURL !== 'string') throw new ConfigurationError('createThoughtSpotClient: `baseURL` (your cluster URL) is required');
  const { token: _t, getToken: _g, username: _u, password: _p, secretKey: _s, orgId: _o, tokenValiditySeconds: _v, ...rest } = all;
  // The login endpoint is sent through this same client (its own request has no credentials).
  const { strategy, secrets } = authFrom(all, () => client);
  const client = createClient({
    ...(rest as unknown as ClientOptions & { baseURL: string }),
    auth: { default: strategy },
    secrets,
    errorMessage,
  });
  return methods(client);
}
