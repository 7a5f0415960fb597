import { bindMethods, type Client, ConfigurationError, createClient, type Methods, RequestValidationError, thrownLine } from '@acct/core';
import { type AdminCredential, authSchemes } from './auth';
import { operations } from './endpoints/index';
import type { GlowmarktRenewedToken } from './endpoints/renew-token';
import { errorDetails } from './errors';
import { jwtExpiry } from './internal/jwt';
import type { GlowmarktSession } from './login';
import { type GlowmarktClientOptions, readOptions } from './options';
import { createGlowmarktTokens } from './tokens';

declare const __ACCT_VERSION__: string | undefined;

/** Glowmarkt's API root. */
export const DEFAULT_BASE_URL = 'https://api.glowmarkt.com/api/v0-1/';

const VERSION = typeof __ACCT_VERSION__ === 'string' ? __ACCT_VERSION__ : '0.0.0-dev';

/**
 * The Glowmarkt AccountApi: one method per operation, declared in `src/endpoints/`. Every method
 * takes a last `{ signal, timeout, maxRetries, headers, hooks }`.
 */
export interface GlowmarktClient extends Methods<typeof operations> {
  /** Logs in now with `POST /auth` (needs `username` + `password`) and returns the session; later calls use its token. */
  authenticate(options?: { signal?: AbortSignal }): Promise<GlowmarktSession>;
  /** Renews the client's token now with `GET /auth/newToken` and returns `{ token, exp, valid }`; later calls use the new token. */
  renewToken(options?: { signal?: AbortSignal }): Promise<GlowmarktRenewedToken & { token: string }>;
  /** What the admin operations send: `basicAuth` when the client has it, else the user's (developer) `token`. */
  readonly adminCredential: AdminCredential | undefined;
}

/** Creates a Glowmarkt client: `createGlowmarktClient({ applicationId, username, password })`, or `token`, and/or `basicAuth`. */
export function createGlowmarktClient(options: GlowmarktClientOptions): GlowmarktClient {
  const { applicationId, token, tokenExpiresAt, login, basicAuth, renew, tokenStore, tokenStoreUser, ...rest } = readOptions(options);
  const tokens =
    login || token !== undefined
      ? createGlowmarktTokens({
          client: () => client,
          login,
          token,
          tokenExpiresAt: tokenExpiresAt ?? (token === undefined ? undefined : jwtExpiry(token)),
          renew,
          store: tokenStore,
          storeKey: { applicationId, user: login?.username ?? tokenStoreUser, directoryId: login?.directoryId },
          logger: rest.logger,
        })
      : undefined;
  const { schemes, admin } = authSchemes(applicationId, tokens?.strategy, basicAuth, tokens?.renewal);
  const client = createClient({
    ...rest,
    baseURL: rest.baseURL ?? DEFAULT_BASE_URL,
    auth: schemes,
    secrets: [login?.username, login?.password, token],
    errorDetails,
    sdk: { name: '@acct/glowmarkt', version: VERSION },
  });
  const noUser = (what: string) =>
    Promise.reject(new ConfigurationError(`${what} needs \`token\` or \`username\` and \`password\`, which this client was not given`));
  return {
    ...bindMethods(client, operations),
    adminCredential: admin,
    // Hand-written: they read their options themselves, so a getter or a Proxy that throws must
    // reject (RequestValidationError, as a generated method's), never throw synchronously.
    authenticate: (call) =>
      login && tokens
        ? withSignal(client, 'authenticate', call, tokens.authenticate)
        : Promise.reject(new ConfigurationError('authenticate needs `username` and `password`, which this client was not given')),
    renewToken: (call) => (tokens ? withSignal(client, 'renewToken', call, tokens.renew) : noUser('renewToken')),
  };
}

/** Runs `method` with the `signal` of `call`, read once; options that cannot be read reject the call. */
function withSignal<T>(client: Client, operation: string, call: unknown, method: (signal?: AbortSignal) => Promise<T>): Promise<T> {
  let signal: AbortSignal | undefined;
  try {
    signal = (call as { signal?: AbortSignal } | undefined)?.signal;
  } catch (e) {
    const reason = client.redactor.text(thrownLine(e));
    const message = `${operation}: the options could not be read, nothing was sent — ${reason}`;
    return Promise.reject(Object.assign(new RequestValidationError(message, [{ path: '(input)', message: reason }]), { operation }));
  }
  return method(signal);
}
