import {
  type Assert,
  bindMethods,
  type CallOptions,
  type Client,
  type PaginateOptions,
  paginate,
  RequestValidationError,
} from '@acct/core';
import type { ThoughtSpotClient } from './client';
import { forceLogoutAllUsers } from './endpoints/force-logout-users';
import { type EndpointMap, endpoints as e } from './operations';
import type { ThoughtSpotUser } from './schemas/user';

// Every option of core's paginate, so searchUsersAll hands each one on.
const PAGING = ['pageSize', 'offset', 'maxPages'] as const satisfies readonly (keyof PaginateOptions)[];
/** Fails to compile when core's paginate gains an option that `PAGING` does not list (it would be ignored). */
export type PagingCheck = Assert<[Exclude<keyof PaginateOptions, (typeof PAGING)[number]>] extends [never] ? true : false>;

/**
 * Call options that throw `thrown` on every read. Input that threw while a hand-written method read
 * it goes to core as these, so core refuses the call exactly as it refuses a generated method's
 * unreadable input: a RequestValidationError (nothing sent), as a rejection, never a throw.
 */
const unreadable = (thrown: unknown) => {
  const fail = () => {
    throw thrown;
  };
  return new Proxy({}, { get: fail, ownKeys: fail }) as CallOptions;
};

// Takes this package's own keys (`allUsers`, `pageSize`…) out of a call's options, reading them once;
// anything that is not an object goes to core as it is, which refuses it with a RequestValidationError.
function split<K extends string>(options: unknown, keys: readonly K[]): [Partial<Record<K, unknown>>, CallOptions | undefined] {
  if (typeof options !== 'object' || options === null) return [{}, options as undefined];
  const rest: Record<string, unknown> = { ...options };
  const own: Partial<Record<K, unknown>> = {};
  for (const k of keys) {
    if (k in rest) own[k] = rest[k];
    delete rest[k];
  }
  return [own, rest as CallOptions];
}

/** The client's methods over a configured transport: one per endpoint, plus the two written by hand. */
export function methods(client: Client): ThoughtSpotClient {
  // Runs on the first `next()`: every problem with the input rejects it. The filter and the options
  // are read once there, so each page sends the same ones whatever the caller changes meanwhile.
  async function* searchUsersAll(filter?: object, options?: unknown): AsyncGenerator<ThoughtSpotUser, void, undefined> {
    let body: Record<string, unknown> = {};
    let paging: PaginateOptions = {};
    let call: CallOptions | undefined;
    try {
      body = { ...filter };
      [paging, call] = split(options ?? {}, PAGING) as [PaginateOptions, CallOptions];
    } catch (thrown) {
      call = unreadable(thrown);
    }
    // The pager sets these on each page: given in the filter, they are refused, never silently replaced.
    for (const k of ['record_offset', 'record_size'])
      if (body[k] !== undefined)
        throw new RequestValidationError(`searchUsersAll: filter.${k} is set per page: use the offset / pageSize option`, [
          { path: `filter.${k}`, message: 'Use the offset / pageSize option' },
        ]);
    yield* paginate(
      (p) => client.request(e.searchUsers, { body: { ...body, record_offset: p.offset, record_size: p.size } }, call),
      paging,
    );
  }
  const forceLogoutUsers = (body: object, options?: CallOptions & { allUsers?: boolean }) => {
    let allUsers: unknown;
    let call: CallOptions | undefined;
    try {
      [{ allUsers }, call] = split(options, ['allUsers'] as const);
    } catch (thrown) {
      call = unreadable(thrown);
    }
    // Everyone is logged out only on an explicit opt-in; the schemas refuse every other combination.
    return allUsers === true
      ? client.request(forceLogoutAllUsers, { body: body as Record<string, never> }, call)
      : client.request(e.forceLogoutUsers, { body: body as { user_identifiers: string[] } }, call);
  };
  return { ...bindMethods(client, e as EndpointMap), forceLogoutUsers, searchUsersAll } as ThoughtSpotClient;
}
