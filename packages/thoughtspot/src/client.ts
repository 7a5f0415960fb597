import {
  type ApiPromise,
  type CallOptions,
  type ClientOptions,
  ConfigurationError,
  createClient,
  type Methods,
  type PaginateOptions,
} from '@acct/core';
import { authFrom, type ThoughtSpotAuth } from './auth';
import type { ForceLogoutUsersRequest } from './endpoints/force-logout-users';
import type { SearchUsersFilter } from './endpoints/search-users';
import { errorDetails, errorMessage } from './errors';
import { methods } from './methods';
import type { EndpointMap } from './operations';
import type { ThoughtSpotUser } from './schemas/user';

declare const __ACCT_VERSION__: string | undefined;
const VERSION = typeof __ACCT_VERSION__ === 'string' ? __ACCT_VERSION__ : '0.0.0-dev';

/** Options of `createThoughtSpotClient`: your cluster's URL, one auth mode, and the core options. */
export type ThoughtSpotClientOptions = ClientOptions & { baseURL: string } & ThoughtSpotAuth;

/** Options of `searchUsersAll`: page size (default 100), first offset, and the per-call options for each page. */
export interface SearchAllOptions extends PaginateOptions, CallOptions {}

/**
 * The ThoughtSpot REST v2 Users API. Each method is `POST /api/rest/2.0/users/…`. Unless noted, it
 * requires `ADMINISTRATION` (Can administer ThoughtSpot), or `USER_ADMINISTRATION` (Can manage users) when RBAC is on.
 * The methods come from the endpoint declarations (`endpoints`); two are written by hand.
 */
export interface ThoughtSpotClient extends Omit<Methods<EndpointMap>, 'forceLogoutUsers'> {
  /** `users/force-logout`: ends the listed users' sessions; 204. Since 9.0.0.cl. */
  forceLogoutUsers(body: ForceLogoutUsersRequest, options?: CallOptions): ApiPromise<undefined>;
  /** `users/force-logout` with no list: logs out **every** user on the cluster; only with `{ allUsers: true }`. Since 9.0.0.cl. */
  forceLogoutUsers(body: Record<string, never>, options: CallOptions & { allUsers: true }): ApiPromise<undefined>;
  /** Every user matching `filter`, one `searchUsers` page at a time (`record_offset` / `record_size` = `pageSize`). */
  searchUsersAll(filter?: SearchUsersFilter, options?: SearchAllOptions): AsyncGenerator<ThoughtSpotUser, void, undefined>;
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
    errorDetails,
    sdk: { name: '@acct/thoughtspot', version: VERSION },
  });
  return methods(client);
}
