import { type AuthStrategy, bearer, type Client, ConfigurationError, createTokenCache } from '@acct/core';
import { getFullAccessToken } from './endpoints/get-full-access-token';

/** Login options shared by the username + password and username + secret key modes. */
export interface LoginOptions {
  /** Org to log in to (`org_id`); default: the user's previous Org, or the secret key's. */
  orgId?: number;
  /** Lifetime of each token the client obtains (`validity_time_in_sec`; ThoughtSpot's default is 300 s). */
  tokenValiditySeconds?: number;
}

type Keys = 'token' | 'getToken' | 'username' | 'password' | 'secretKey' | keyof LoginOptions;
// A key that does not belong to a mode gets a type whose name is the error, so the compiler says
// what conflicts ("… is not assignable to type '"`password` cannot be combined with `token`"'").
type Conflict<K extends string, Mode extends string> = { [P in K]?: `\`${P}\` cannot be combined with \`${Mode}\`` };

/** How the client authenticates: one of a bearer token, a token provider, a password login or a trusted-auth secret key. */
export type ThoughtSpotAuth =
  | ({ token: string } & Conflict<Exclude<Keys, 'token'>, 'token'>)
  | ({ getToken: () => string | Promise<string> } & Conflict<Exclude<Keys, 'getToken'>, 'getToken'>)
  | ({ username: string; password: string } & LoginOptions & Conflict<'token' | 'getToken' | 'secretKey', 'password'>)
  | ({ username: string; secretKey: string } & LoginOptions & Conflict<'token' | 'getToken' | 'password', 'secretKey'>);

const given = (o: Record<string, unknown>, k: string) => o[k] !== undefined;
const fail = (message: string): never => {
  throw new ConfigurationError(`createThoughtSpotClient: ${message}`);
};

/**
 * Checks that exactly one auth mode is given and returns its strategy. A login mode gets a token
 * cache: `POST /auth/token/full` once, shared by concurrent calls, renewed before
 * `expiration_time_in_millis` and once after a 401.
 */
export function authFrom(options: Record<string, unknown>, client: () => Client): { strategy: AuthStrategy; secrets: string[] } {
  const modes = ['token', 'getToken', 'username'].filter((k) => given(options, k));
  if (modes.length === 0) fail('give one of `token`, `getToken`, `username` + `password` or `username` + `secretKey`');
  if (modes.length > 1) fail(`give only one of ${modes.map((m) => `\`${m}\``).join(', ')}`);
  const login = modes[0] === 'username';
  for (const k of ['password', 'secretKey', 'orgId', 'tokenValiditySeconds'])
    if (!login && given(options, k)) fail(`\`${k}\` goes with \`username\`, not with \`${modes[0]}\``);
  const { token, getToken, username, password, secretKey, orgId, tokenValiditySeconds } = options;
  if (modes[0] === 'token') {
    if (typeof token !== 'string' || token === '') fail('`token` must be a non-empty string');
    return { strategy: bearer(token as string), secrets: [] };
  }
  if (modes[0] === 'getToken') {
    if (typeof getToken !== 'function') fail('`getToken` must be a function returning the token');
    return { strategy: bearer(getToken as () => string | Promise<string>), secrets: [] };
  }
  if (typeof username !== 'string' || username === '') fail('`username` must be a non-empty string');
  if (given(options, 'password') === given(options, 'secretKey')) fail('give `username` with either `password` or `secretKey`');
  const secret = (password ?? secretKey) as unknown;
  if (typeof secret !== 'string' || secret === '')
    fail(`\`${password !== undefined ? 'password' : 'secretKey'}\` must be a non-empty string`);
  if (orgId !== undefined && !(Number.isInteger(orgId) && (orgId as number) >= 0)) fail('`orgId` must be an integer ≥ 0');
  if (tokenValiditySeconds !== undefined && !(Number.isInteger(tokenValiditySeconds) && (tokenValiditySeconds as number) > 0))
    fail('`tokenValiditySeconds` must be a positive integer');

  const body = {
    username: username as string,
    ...(password !== undefined ? { password: password as string } : { secret_key: secretKey as string }),
    ...(tokenValiditySeconds !== undefined ? { validity_time_in_sec: tokenValiditySeconds as number } : {}),
    ...(orgId !== undefined ? { org_id: orgId as number } : {}),
  };
  const cache = createTokenCache(async () => {
    const t = await client().request(getFullAccessToken, { body });
    return { token: t.token, expiresAt: expiresAt(t.creation_time_in_millis ?? undefined, t.expiration_time_in_millis ?? undefined) };
  });
  return { strategy: bearer(cache), secrets: [secret as string] };
}

// The times are the cluster's clock: use the token's lifetime from now, so a skewed clock on either
// side neither keeps an expired token nor throws a fresh one away.
function expiresAt(created: number | undefined, expires: number | undefined): number | undefined {
  if (expires === undefined) return undefined;
  return created !== undefined && expires > created ? Date.now() + (expires - created) : expires;
}
