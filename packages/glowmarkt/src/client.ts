import { bindMethods, ConfigurationError, createClient, createTokenCache, type Methods } from '@acct/core';
import { authSchemes } from './auth';
import { operations } from './endpoints/index';
import { errorDetails } from './errors';
import { type GlowmarktSession, logIn } from './login';
import { type GlowmarktClientOptions, readOptions } from './options';

declare const __ACCT_VERSION__: string | undefined;

/** Glowmarkt's API root. */
export const DEFAULT_BASE_URL = 'https://api.glowmarkt.com/api/v0-1/';

const VERSION = typeof __ACCT_VERSION__ === 'string' ? __ACCT_VERSION__ : '0.0.0-dev';

/**
 * The Glowmarkt AccountApi: one method per operation, declared in `src/endpoints/`. Every method
 * takes a last `{ signal, timeout, maxRetries, headers, hooks }`.
 */
export interface GlowmarktClient extends Methods<typeof operations> {
  /** Logs in now with `POST /auth` (needs `username` + `password`) and returns the session; later calls use its token until `exp`. */
  authenticate(options?: { signal?: AbortSignal }): Promise<GlowmarktSession>;
}

/** Creates a Glowmarkt client: `createGlowmarktClient({ applicationId, username, password })`, or `token`, and/or `basicAuth`. */
export function createGlowmarktClient(options: GlowmarktClientOptions): GlowmarktClient {
  const { applicationId, token, login, basicAuth, ...rest } = readOptions(options);
  // The last login's answer, for `authenticate()`; the token cache decides when to log in.
  let session: GlowmarktSession | undefined;
  const tokens = login
    ? createTokenCache(async () => {
        const done = await logIn(client, login);
        session = done.session;
        return done.token;
      })
    : undefined;
  const client = createClient({
    ...rest,
    baseURL: rest.baseURL ?? DEFAULT_BASE_URL,
    auth: authSchemes(applicationId, token ?? tokens, basicAuth),
    secrets: [login?.username, login?.password],
    errorDetails,
    sdk: { name: '@acct/glowmarkt', version: VERSION },
  });
  return {
    ...bindMethods(client, operations),
    async authenticate(call) {
      if (!tokens) throw new ConfigurationError('authenticate needs `username` and `password`, which this client was not given');
      // An explicit login: drop the cached token so `get` logs in (or joins a login already under way).
      if (session) tokens.invalidate(session.token);
      await tokens.get(call?.signal);
      return session!;
    },
  };
}
