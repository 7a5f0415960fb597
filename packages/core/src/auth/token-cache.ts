import type { Logger } from '../client';
import { ConfigurationError, RequestAbortedError, RequestValidationError } from '../errors';
import { checkedHeaderValue } from './header-value';
import { createSharedLogin, type UsableToken } from './shared-login';
import type { TokenStore } from './token-store';
import type { TokenCache } from './types';

/** A token and, when the vendor says, when it expires (Unix epoch milliseconds). */
export interface Token {
  /** The credential a login returned. */
  token: string;
  /** When it expires, epoch milliseconds; without it the token serves the waiting calls and is fetched again. */
  expiresAt?: number | undefined;
}

/** Options of `createTokenCache`. */
export interface TokenCacheOptions {
  /** Renew this many ms before `expiresAt` (default 60 000, at most half the token's lifetime). */
  skew?: number;
  /** Clock, for tests. */
  now?: () => number;
  /** A store shared by many processes (e.g. `createRedisTokenStore`), so a fleet makes one login per token lifetime. */
  store?: TokenStore | undefined;
  /** The login's key in `store`, usually `tokenStoreKey({ vendor, baseURL, user, org })`; required with `store`. */
  key?: string | Promise<string> | undefined;
  /** How long the process that logs in for everyone holds the store's lock (default 10 000 ms). */
  lockTtlMs?: number;
  /** How long the others wait for its token before logging in themselves (default 5 000 ms). */
  lockWaitMs?: number;
  /** Bound of every store call; a slower store counts as down (default 1 000 ms). */
  storeTimeoutMs?: number;
  /** Receives warnings about the store (down, slow, corrupt value), tokens redacted. */
  logger?: Pick<Logger, 'warn'> | undefined;
  /** Extra redaction for warning text, e.g. a client's `redactor.text`. */
  redact?: ((text: string) => string) | undefined;
}

/**
 * Caches the token `login` returns until its expiry minus a skew. Concurrent callers share one
 * login; a token without `expiresAt` is used for the calls waiting on it and then fetched again.
 * With a `store`, the memory is the first tier and the store the second: processes starting
 * together make one login (see `TokenStore`), and a failing store only means an own login.
 * A login whose token is not a non-empty header-safe string throws `ConfigurationError`; that
 * token is not cached, and the next call logs in again.
 */
export function createTokenCache(login: () => Promise<Token>, options: TokenCacheOptions = {}): TokenCache {
  const { skew = 60_000, now = Date.now, store } = options;
  if (store && !['get', 'set', 'delete'].every((m) => typeof (store as unknown as Record<string, unknown>)[m] === 'function'))
    throw new ConfigurationError('createTokenCache: `store` must have get, set and delete methods');
  if (store && options.key === undefined) throw new ConfigurationError('createTokenCache: `store` needs a `key` (see tokenStoreKey)');
  const shared = store
    ? createSharedLogin({
        store,
        key: options.key!,
        skew,
        now,
        lockTtlMs: options.lockTtlMs ?? 10_000,
        lockWaitMs: options.lockWaitMs ?? 5_000,
        storeTimeoutMs: options.storeTimeoutMs ?? 1_000,
        warn: (message, known) => warn(options, message, known),
      })
    : undefined;
  let current: UsableToken | undefined;
  let pending: Promise<string> | undefined;

  const ownLogin = async (): Promise<UsableToken> => {
    const { token, expiresAt } = (await login()) ?? ({} as Token);
    checkedHeaderValue(token, 'the token the login returned');
    const obtainedAt = now();
    if (expiresAt !== undefined && !Number.isFinite(expiresAt))
      throw new ConfigurationError('the login returned an `expiresAt` that is not a number');
    const renewAt = expiresAt === undefined ? obtainedAt : expiresAt - Math.min(skew, (expiresAt - obtainedAt) / 2);
    return { token, expiresAt, obtainedAt, renewAt };
  };

  const fetchToken = () => {
    pending ??= (shared ? shared.obtain(ownLogin) : ownLogin())
      .then((t) => {
        current = t;
        return t.token;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };

  return {
    get(signal) {
      if (current && now() < current.renewAt) return Promise.resolve(current.token);
      // The login is shared: one caller's abort must not cancel it for the others, only stop waiting.
      return untilAborted(fetchToken, signal);
    },
    peek() {
      return current && now() < current.renewAt ? current.token : undefined;
    },
    invalidate(token) {
      if (current?.token === token) current = undefined;
      return shared?.forget(token);
    },
  };
}

function warn(options: TokenCacheOptions, message: string, known: Iterable<string>) {
  let text = message;
  for (const secret of known) if (secret.length >= 4) text = text.split(secret).join('[REDACTED]');
  try {
    if (options.redact) text = options.redact(text);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: one line, whatever the store said
    options.logger?.warn?.(text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 300));
  } catch {
    // A failing logger must never fail a call.
  }
}

// A caller that is already aborted, or whose signal is not an AbortSignal, starts no login: nothing
// would wait for it, and its failure would be an unhandled rejection, which ends a Node process.
function untilAborted<T>(start: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return start();
  if (typeof signal.addEventListener !== 'function') {
    return Promise.reject(
      new RequestValidationError('`signal` must be an AbortSignal', [{ path: 'options.signal', message: 'Expected an AbortSignal' }]),
    );
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new RequestAbortedError('The request was aborted by the caller'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    start()
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}
