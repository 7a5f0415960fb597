import { bindMethods, type CallOptions, type Client, paginate } from '@acct/core';
import type { ThoughtSpotClient } from './client';
import { forceLogoutAllUsers } from './endpoints/force-logout-users';
import { type EndpointMap, endpoints as e } from './operations';

// Takes this package's own keys (`allUsers`, `pageSize`) out of a call's options; anything that is
// not an object goes to core as it is, which refuses it with a RequestValidationError.
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
  const searchUsersAll: ThoughtSpotClient['searchUsersAll'] = (filter, options) => {
    const [{ pageSize, offset }, call] = split(options ?? {}, ['pageSize', 'offset'] as const);
    return paginate(
      (page) => client.request(e.searchUsers, { body: { ...filter, record_offset: page.offset, record_size: page.size } }, call),
      { pageSize: pageSize as number | undefined, offset: offset as number | undefined },
    );
  };
  const forceLogoutUsers = (body: object, options?: CallOptions & { allUsers?: boolean }) => {
    const [{ allUsers }, call] = split(options, ['allUsers'] as const);
    // Everyone is logged out only on an explicit opt-in; the schemas refuse every other combination.
    return allUsers === true
      ? client.request(forceLogoutAllUsers, { body: body as Record<string, never> }, call)
      : client.request(e.forceLogoutUsers, { body: body as { user_identifiers: string[] } }, call);
  };
  return { ...bindMethods(client, e as EndpointMap), forceLogoutUsers, searchUsersAll } as ThoughtSpotClient;
}
