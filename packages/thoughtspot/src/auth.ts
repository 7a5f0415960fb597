import { type AuthStrategy, bearer, type Client, ConfigurationError, type TokenStore } from '@acct/core';
import { loginCache } from './login';
import type { ThoughtSpotUserParameters } from './schemas/user-parameters';

/** Options of the two login modes (username + password, username + secret key); each is sent in `POST /auth/token/full`. */
export interface LoginOptions {
  /** Org to log in to (`org_id`); default: the user's previous Org, or the secret key's. */
  orgId?: number;
  /** Lifetime of each token the client obtains (`validity_time_in_sec`; ThoughtSpot's default is 300 s). */
  tokenValiditySeconds?: number;
  /** A store shared by many processes (e.g. `@acct/token-store-redis`), so a fleet makes one login per token lifetime. */
  tokenStore?: TokenStore;
  /** `auto_create`: create the user if it does not exist (just-in-time provisioning), else update it; `secretKey` only. */
  autoCreate?: boolean;
  /** `email` of a user created or updated just in time; `secretKey` only. */
  email?: string;
  /** `display_name` of a user created or updated just in time; `secretKey` only. */
  displayName?: string;
  /** `group_identifiers`: the groups (names or GUIDs) of a user created just in time, replacing its groups; `secretKey` only. */
  groupIdentifiers?: string[];
  /** `user_parameters`: ABAC runtime filters, sorts and parameters for the token's session, sent as given. */
  userParameters?: ThoughtSpotUserParameters;
}

/** The just-in-time provisioning fields: the vendor requires `secret_key` (trusted authentication) for them. */
type JitKeys = 'autoCreate' | 'email' | 'displayName' | 'groupIdentifiers';
type Keys = 'token' | 'getToken' | 'username' | 'password' | 'secretKey' | keyof LoginOptions;
// A key that does not belong to a mode gets a type whose name is the error, so the compiler says
// what conflicts ("… is not assignable to type '"`password` cannot be combined with `token`"'").
type Conflict<K extends string, Mode extends string> = { [P in K]?: `\`${P}\` cannot be combined with \`${Mode}\`` };

/** How the client authenticates: one of a bearer token, a token provider, a password login or a trusted-auth secret key. */
export type ThoughtSpotAuth =
  | ({ token: string } & Conflict<Exclude<Keys, 'token'>, 'token'>)
  | ({ getToken: () => string | Promise<string> } & Conflict<Exclude<Keys, 'getToken'>, 'getToken'>)
  | ({ username: string; password: string } & Omit<LoginOptions, JitKeys> &
      Conflict<'token' | 'getToken' | 'secretKey' | JitKeys, 'password'>)
  | ({ username: string; secretKey: string } & LoginOptions & Conflict<'token' | 'getToken' | 'password', 'secretKey'>);

/** The option names `authFrom` reads (the client passes the others to core). */
export const AUTH_KEYS: readonly string[] = ['token', 'getToken', 'username', 'password', 'secretKey', 'orgId', 'tokenValiditySeconds',
  'tokenStore', 'autoCreate', 'email', 'displayName', 'groupIdentifiers', 'userParameters']; // biome-ignore format: one list
const JIT: readonly string[] = ['autoCreate', 'email', 'displayName', 'groupIdentifiers'];

/** What `revokeToken()` needs: the token the client uses now, and a way to drop it. */
export interface Revocable {
  /** The token the client last sent (or its fixed token); `undefined` when it has none. */
  current(): string | undefined;
  /** Forgets `token`: in memory and in the token store, so the next call logs in again. */
  drop(token: string): Promise<void>;
}

const given = (o: Record<string, unknown>, k: string) => o[k] !== undefined;
const fail = (message: string): never => {
  throw new ConfigurationError(`createThoughtSpotClient: ${message}`);
};

/**
 * Checks that exactly one auth mode is given and returns its strategy. A login mode gets a token
 * cache (see `loginCache`): `POST /auth/token/full` once, shared by concurrent calls (and processes,
 * with a `tokenStore`), renewed before `expiration_time_in_millis` and once after a 401.
 */
export function authFrom(
  options: Record<string, unknown>,
  client: () => Client,
): { strategy: AuthStrategy; secrets: string[]; revocable: Revocable } {
  const modes = ['token', 'getToken', 'username'].filter((k) => given(options, k));
  if (modes.length === 0) fail('give one of `token`, `getToken`, `username` + `password` or `username` + `secretKey`');
  if (modes.length > 1) fail(`give only one of ${modes.map((m) => `\`${m}\``).join(', ')}`);
  const mode = modes[0]!;
  for (const k of AUTH_KEYS.slice(3))
    if (mode !== 'username' && given(options, k)) fail(`\`${k}\` goes with \`username\`, not with \`${mode}\``);
  let last: string | undefined;
  const forget = async (token: string) => {
    if (last === token) last = undefined;
  };
  if (mode === 'token') {
    const token = options.token;
    if (typeof token !== 'string' || token === '') fail('`token` must be a non-empty string');
    // A fixed token stays this client's token: each revokeToken() revokes it (later calls get a 401).
    const revocable = { current: () => token as string, drop: async () => {} };
    return { strategy: bearer(token as string), secrets: [], revocable };
  }
  if (mode === 'getToken') {
    const getToken = options.getToken as () => string | Promise<string>;
    if (typeof getToken !== 'function') fail('`getToken` must be a function returning the token');
    // The token the provider last handed out is the one `revokeToken()` revokes.
    const provider = async () => {
      const value = await getToken();
      if (typeof value === 'string') last = value;
      return value;
    };
    const revocable = { current: () => last, drop: forget };
    return { strategy: bearer(provider), secrets: [], revocable };
  }
  const { username, password, secretKey } = options;
  if (typeof username !== 'string' || username === '') fail('`username` must be a non-empty string');
  if (given(options, 'password') === given(options, 'secretKey')) fail('give `username` with either `password` or `secretKey`');
  const secret = (password ?? secretKey) as unknown;
  if (typeof secret !== 'string' || secret === '')
    fail(`\`${password !== undefined ? 'password' : 'secretKey'}\` must be a non-empty string`);
  if (password !== undefined)
    for (const k of JIT)
      if (given(options, k))
        fail(`\`${k}\` needs \`secretKey\`: ThoughtSpot provisions users just in time only with trusted authentication`);
  const cache = loginCache(options, client);
  const tracked = {
    async get(signal?: AbortSignal) {
      last = await cache.get(signal);
      return last;
    },
    // A fresh cached token at once: the request then waits on no promise for it.
    peek() {
      const token = cache.peek?.();
      if (token !== undefined) last = token;
      return token;
    },
    invalidate(token: string) {
      if (last === token) last = undefined;
      return cache.invalidate(token);
    },
  };
  const revocable = { current: () => last, drop: async (t: string) => void (await tracked.invalidate(t)) };
  return { strategy: bearer(tracked), secrets: [secret as string], revocable };
}
