import { RequestAbortedError, RequestValidationError } from '../errors';
import type { TokenCache } from './types';

/** A token and, when the vendor says, when it expires (Unix epoch milliseconds). */
export interface Token {
  token: string;
  expiresAt?: number | undefined;
}

/** Options of `createTokenCache`. */
export interface TokenCacheOptions {
  /** Renew this many ms before `expiresAt` (default 60 000, at most half the token's lifetime). */
  skew?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/**
 * Caches the token `login` returns until its expiry minus a skew. Concurrent callers share one
 * login; a token without `expiresAt` is used for the calls waiting on it and then fetched again.
 */
export function createTokenCache(login: () => Promise<Token>, options: TokenCacheOptions = {}): TokenCache {
  const { skew = 60_000, now = Date.now } = options;
  let current: { token: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;

  const fetchToken = () => {
    pending ??= login()
      .then(({ token, expiresAt }) => {
        const t = now();
        const renewAt = expiresAt === undefined ? t : expiresAt - Math.min(skew, (expiresAt - t) / 2);
        current = { token, renewAt };
        return token;
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
      return untilAborted(fetchToken(), signal);
    },
    invalidate(token) {
      if (current?.token === token) current = undefined;
    },
  };
}

function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (typeof signal.addEventListener !== 'function') {
    return Promise.reject(
      new RequestValidationError('`signal` must be an AbortSignal', [{ path: 'options.signal', message: 'Expected an AbortSignal' }]),
    );
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new RequestAbortedError('The request was aborted by the caller'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
