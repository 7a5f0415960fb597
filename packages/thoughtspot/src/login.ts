import { type Client, ConfigurationError, createTokenCache, type TokenCache, type TokenStore, tokenStoreKey } from '@acct/core';
import * as v from 'valibot';
import { type GetFullAccessTokenRequest, getFullAccessToken } from './endpoints/get-full-access-token';
import { type ThoughtSpotUserParameters, UserParametersSchema } from './schemas/user-parameters';

const fail = (message: string): never => {
  throw new ConfigurationError(`createThoughtSpotClient: ${message}`);
};
const nonEmpty = (value: unknown) => typeof value === 'string' && value !== '';

/** Checks the login options of a username client (credentials already checked) and builds the `/auth/token/full` body. */
export function loginBody(o: Record<string, unknown>): GetFullAccessTokenRequest {
  const { orgId, tokenValiditySeconds, autoCreate, email, displayName, groupIdentifiers, userParameters } = o;
  if (orgId !== undefined && !(Number.isInteger(orgId) && (orgId as number) >= 0)) fail('`orgId` must be an integer ≥ 0');
  if (tokenValiditySeconds !== undefined && !(Number.isInteger(tokenValiditySeconds) && (tokenValiditySeconds as number) > 0))
    fail('`tokenValiditySeconds` must be a positive integer');
  if (autoCreate !== undefined && typeof autoCreate !== 'boolean') fail('`autoCreate` must be true or false');
  if (email !== undefined && !nonEmpty(email)) fail('`email` must be a non-empty string');
  if (displayName !== undefined && !nonEmpty(displayName)) fail('`displayName` must be a non-empty string');
  if (groupIdentifiers !== undefined && !(Array.isArray(groupIdentifiers) && groupIdentifiers.every(nonEmpty)))
    fail('`groupIdentifiers` must be a list of group names or GUIDs');
  if (userParameters !== undefined) {
    const checked = v.safeParse(UserParametersSchema, userParameters);
    if (!checked.success) {
      const where = checked.issues.map((i) => `${['userParameters', ...(i.path ?? []).map((p) => p.key)].join('.')}: ${i.message}`);
      fail(`\`userParameters\` is not the vendor's user_parameters shape — ${where.slice(0, 3).join('; ')}`);
    }
  }
  const optional = { validity_time_in_sec: tokenValiditySeconds, org_id: orgId, email, display_name: displayName, auto_create: autoCreate };
  return {
    username: o.username as string,
    ...(o.password !== undefined ? { password: o.password as string } : { secret_key: o.secretKey as string }),
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
    // Lists and the ABAC object are sent as given (copied, so a later change by the caller does not leak in).
    ...(groupIdentifiers !== undefined ? { group_identifiers: [...(groupIdentifiers as string[])] } : {}),
    ...(userParameters !== undefined ? { user_parameters: structuredClone(userParameters as ThoughtSpotUserParameters) } : {}),
  };
}

/**
 * The token cache of a username client: `POST /auth/token/full` once, shared by concurrent calls,
 * renewed from the token's lifetime; with `tokenStore`, shared by every process with the same
 * cluster, user, Org and ABAC attributes (the store key is computed on the first login, not here).
 */
export function loginCache(o: Record<string, unknown>, client: () => Client): TokenCache {
  const body = loginBody(o);
  const store = o.tokenStore as TokenStore | undefined;
  if (store !== undefined && (typeof store !== 'object' || store === null))
    fail('`tokenStore` must be a TokenStore (get, set, delete), e.g. createRedisTokenStore(…)');
  let key: Promise<string> | undefined;
  // A thenable: the cache awaits it on its first store access, inside the login path.
  const lazyKey = {
    // biome-ignore lint/suspicious/noThenProperty: a lazily computed promise, on purpose
    then<T, U>(ok: (k: string) => T, ko: (e: unknown) => U) {
      key ??= tokenStoreKey({
        vendor: 'thoughtspot',
        baseURL: client().baseURL,
        user: o.username as string,
        org: o.orgId as number | undefined,
        // Tokens with other ABAC attributes are other tokens: never share them.
        abac: body.user_parameters === undefined ? undefined : JSON.stringify(body.user_parameters),
      });
      return key.then(ok, ko);
    },
  } as unknown as Promise<string>;
  return createTokenCache(
    async () => {
      const t = await client().request(getFullAccessToken, { body });
      return { token: t.token, expiresAt: expiresAt(t.creation_time_in_millis ?? undefined, t.expiration_time_in_millis ?? undefined) };
    },
    store && {
      store,
      key: lazyKey,
      logger: o.logger as { warn?: (message: string) => void } | undefined,
      redact: (text) => client().redactor.text(text),
    },
  );
}

// The times are the cluster's clock: use the token's lifetime from now, so a skewed clock on either
// side neither keeps an expired token nor throws a fresh one away.
function expiresAt(created: number | undefined, expires: number | undefined): number | undefined {
  if (expires === undefined) return undefined;
  return created !== undefined && expires > created ? Date.now() + (expires - created) : expires;
}
