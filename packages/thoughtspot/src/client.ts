import {
  ApiError,
  type ApiPromise,
  bearer,
  type CallOptions,
  type ClientOptions,
  ConfigurationError,
  createClient,
  type Methods,
  type PaginateOptions,
} from '@acct/core';
import { AUTH_KEYS, authFrom, type ThoughtSpotAuth } from './auth';
import type { ForceLogoutUsersRequest } from './endpoints/force-logout-users';
import { revokeToken } from './endpoints/revoke-token';
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
  /**
   * `auth/token/revoke`: revokes the token this client uses (the one it logged in for, or its fixed
   * `token`, or the one `getToken` last returned) and forgets it, in memory and in the `tokenStore`,
   * so a login client's next call logs in again. Resolves `false` without a request when there is
   * no token yet. Since 9.0.0.cl.
   */
  revokeToken(options?: CallOptions): Promise<boolean>;
}

// The options, read once into a plain copy that every check and the transport then use: a getter or
// a Proxy that throws is a ConfigurationError, and cannot show one value to a check and another later.
function readOptions(options: unknown): Record<string, unknown> {
  try {
    return { ...(options as object) };
  } catch (cause) {
    throw new ConfigurationError('createThoughtSpotClient: the options could not be read', { cause });
  }
}

/** Creates a client for your cluster: `createThoughtSpotClient({ baseURL, username, password })`. */
export function createThoughtSpotClient(options: ThoughtSpotClientOptions): ThoughtSpotClient {
  const all = readOptions(options);
  if (typeof all.baseURL !== 'string') throw new ConfigurationError('createThoughtSpotClient: `baseURL` (your cluster URL) is required');
  const rest = Object.fromEntries(Object.entries(all).filter(([k]) => !AUTH_KEYS.includes(k)));
  // The login endpoint is sent through this same client (its own request has no credentials).
  const { strategy, secrets, revocable } = authFrom(all, () => client);
  // The token being revoked is sent as the bearer of its own revoke; one revoke at a time.
  let revoking: string | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const client = createClient({
    ...(rest as unknown as ClientOptions & { baseURL: string }),
    auth: { default: strategy, revoke: bearer(() => revoking as string) },
    secrets,
    errorMessage,
    errorDetails,
    sdk: { name: '@acct/thoughtspot', version: VERSION },
  });
  const revoke = async (options?: CallOptions): Promise<boolean> => {
    const token = revocable.current();
    if (token === undefined) return false;
    // The token is forgotten only once it is known to be dead: revoked (204), or refused as no longer
    // valid (401). Options refused before sending, a 403, a 5xx, a timeout or a lost connection leave
    // it in use and in the store, so revokeToken() can be called again; a live token is never lost.
    // (Calls made meanwhile may still send it: a 401 then renews their credentials and replays them.)
    revoking = token;
    try {
      await client.request(revokeToken, { body: { token } }, options);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) await revocable.drop(token);
      throw error;
    } finally {
      revoking = undefined;
    }
    await revocable.drop(token);
    return true;
  };
  const revokeTokenMethod = (options?: CallOptions) => {
    const run = queue.then(() => revoke(options));
    queue = run.catch(() => {});
    return run;
  };
  return { ...methods(client), revokeToken: revokeTokenMethod };
}
