/**
 * A shared key-value store the token caches of many processes use to share one login per token
 * lifetime (Redis, Memcached, a database…). Values are opaque strings: the cache serialises and
 * validates them, so a store is a thin adapter. Any method may throw or hang: the cache bounds each
 * call with a timeout and falls back to its own login, so a failing store never fails a call.
 */
export interface TokenStore {
  /** The value stored under `key`, or `undefined`/`null` when there is none. */
  get(key: string): Promise<string | null | undefined>;
  /** Stores `value` under `key` for `ttlMs` milliseconds (then the store forgets it). */
  set(key: string, value: string, ttlMs: number): Promise<unknown>;
  /** Deletes `key`; when `expected` is given, only if the stored value is still exactly `expected`. */
  delete(key: string, expected?: string): Promise<unknown>;
  /** Takes the lock `key` for at most `ttlMs`; `undefined` when another holder has it. */
  acquire?(key: string, ttlMs: number): Promise<LockHandle | undefined>;
  /** Releases a lock taken by `acquire`; a no-op when it expired and someone else holds it now. */
  release?(handle: LockHandle): Promise<unknown>;
}

/** A held lock: its key and the random owner id that alone may release it. */
export interface LockHandle {
  /** The key the lock is held on. */
  readonly key: string;
  /** A random id of this holder: only it can release the lock. */
  readonly owner: string;
}

/** What the cache writes to a store: the token, its expiry and when it was obtained (epoch ms). */
export interface StoredToken {
  /** The token itself (header-safe, checked before use). */
  token: string;
  /** When it expires, epoch milliseconds. */
  expiresAt: number;
  /** When it was obtained, epoch milliseconds (for renewing before half its life). */
  obtainedAt: number;
}

/** Serialises a token for the store. */
export function serialiseToken(token: StoredToken): string {
  return JSON.stringify({ token: token.token, expiresAt: token.expiresAt, obtainedAt: token.obtainedAt });
}

/** Reads a stored value back; `undefined` when it is not JSON of the right shape (a corrupt value). */
export function parseStoredToken(raw: string): StoredToken | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { token, expiresAt, obtainedAt } = value as Record<string, unknown>;
  if (typeof token !== 'string' || !Number.isFinite(expiresAt) || !Number.isFinite(obtainedAt)) return undefined;
  if ((obtainedAt as number) > (expiresAt as number)) return undefined;
  return { token, expiresAt: expiresAt as number, obtainedAt: obtainedAt as number };
}

/** The moment to renew a token: `skew` ms before expiry, or at half its lifetime when that is shorter. */
export function renewAtOf(obtainedAt: number, expiresAt: number, skew: number): number {
  return expiresAt - Math.min(skew, (expiresAt - obtainedAt) / 2);
}
