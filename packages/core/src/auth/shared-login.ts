import { headerValueProblem } from './header-value';
import { type LockHandle, parseStoredToken, renewAtOf, serialiseToken, type TokenStore } from './token-store';

/** A token the cache can use: the value, its expiry if known, when to renew it. */
export interface UsableToken {
  token: string;
  expiresAt: number | undefined;
  obtainedAt: number;
  renewAt: number;
}

/** What the store tier needs from `createTokenCache`'s options. */
export interface SharedLoginConfig {
  store: TokenStore;
  key: string | Promise<string>;
  skew: number;
  now: () => number;
  lockTtlMs: number;
  lockWaitMs: number;
  storeTimeoutMs: number;
  /** Receives a one-line warning with every known token redacted. */
  warn: (message: string, known: Iterable<string>) => void;
}

class StoreFailure extends Error {}
const BREAK_MS = 5_000;

/**
 * The tier between a process's memory and its own login: read the store, else take the lock and log
 * in for everyone (writing the token back), else wait for the holder. Any store failure makes this
 * login a plain own login, and skips the store for a few seconds, so a store that is down costs
 * one timeout, not one per call.
 */
export function createSharedLogin(config: SharedLoginConfig) {
  const { store, skew, now, lockTtlMs, lockWaitMs, storeTimeoutMs } = config;
  const raws = new Map<string, string>(); // token → the exact stored text, for compare-and-delete
  const rejected = new Set<string>(); // tokens that got a 401 here: never taken from the store again
  let skipUntil = 0;

  const remember = (map: Map<string, string> | Set<string>, token: string, raw = '') => {
    if (map instanceof Map) map.set(token, raw);
    else map.add(token);
    if (map.size > 8) map.delete(map.keys().next().value!);
  };
  const known = () => [...raws.keys(), ...raws.values(), ...rejected];

  function call<T>(op: string, fn: () => Promise<T>): Promise<T> {
    if (Date.now() < skipUntil) return Promise.reject(new StoreFailure('skipped'));
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer within ${storeTimeoutMs} ms`)), storeTimeoutMs);
      Promise.resolve()
        .then(fn)
        .then(resolve, reject)
        .finally(() => clearTimeout(timer));
    }).catch((error: unknown) => {
      if (!(error instanceof StoreFailure)) {
        skipUntil = Date.now() + BREAK_MS;
        config.warn(`token store: ${op} failed (${describe(error)}); logging in without the store`, known());
      }
      throw new StoreFailure(op);
    });
  }

  async function read(key: string): Promise<UsableToken | undefined> {
    const raw = await call('get', () => store.get(key));
    if (raw === undefined || raw === null) return undefined;
    const stored = typeof raw === 'string' ? parseStoredToken(raw) : undefined;
    if (!stored || headerValueProblem(stored.token)) {
      config.warn('token store: the stored value is not a usable token; deleting it and logging in', known());
      await call('delete', () => store.delete(key, raw as string)).catch(() => {});
      return undefined;
    }
    const renewAt = renewAtOf(stored.obtainedAt, stored.expiresAt, skew);
    if (rejected.has(stored.token) || now() >= renewAt) return undefined;
    remember(raws, stored.token, raw as string);
    return { ...stored, renewAt };
  }

  async function write(key: string, t: UsableToken): Promise<void> {
    // A token without an expiry cannot be given a lifetime in the store: it stays in this process.
    if (t.expiresAt === undefined) return;
    const ttl = Math.floor(t.expiresAt - now());
    if (!(ttl >= 1)) return;
    const raw = serialiseToken({ token: t.token, expiresAt: t.expiresAt, obtainedAt: t.obtainedAt });
    remember(raws, t.token, raw);
    await call('set', () => store.set(key, raw, ttl)).catch(() => {});
  }

  /** Waits for the lock holder's token, taking the lock itself when the holder lets go without one. */
  async function wait(key: string, lockKey: string): Promise<UsableToken | LockHandle | undefined> {
    const deadline = Date.now() + lockWaitMs;
    for (let step = 20; Date.now() < deadline; step = Math.min(step * 1.5, 200)) {
      await new Promise((r) => setTimeout(r, step * (0.5 + Math.random())));
      const found = await read(key);
      if (found) return found;
      const lock = await call('acquire', () => store.acquire!(lockKey, lockTtlMs));
      if (lock) return lock;
    }
    return undefined;
  }

  return {
    /** A token from the store, or from `login` (once for the fleet when the store has a lock). */
    async obtain(login: () => Promise<UsableToken>): Promise<UsableToken> {
      let key: string;
      try {
        key = await call('key', async () => config.key);
      } catch {
        return login();
      }
      let lock: LockHandle | undefined;
      try {
        try {
          const found = await read(key);
          if (found) return found;
          if (store.acquire) {
            const lockKey = `${key}:lock`;
            const got = (await call('acquire', () => store.acquire!(lockKey, lockTtlMs))) ?? (await wait(key, lockKey));
            if (got && 'token' in got) return got;
            lock = got;
            // A new holder re-reads: the previous holder may have written just before it let go.
            const written = lock ? await read(key) : undefined;
            if (written) return written;
          }
        } catch (error) {
          if (!(error instanceof StoreFailure)) throw error;
        }
        const t = await login();
        await write(key, t);
        return t;
      } finally {
        if (lock && store.release) {
          const held = lock;
          await call('release', () => store.release!(held)).catch(() => {});
        }
      }
    },
    /** After a 401: never take `token` from the store again, and delete it there if it is still the stored one. */
    async forget(token: string): Promise<void> {
      remember(rejected, token);
      const raw = raws.get(token);
      if (raw === undefined) return;
      raws.delete(token);
      const key = await Promise.resolve(config.key).catch(() => undefined);
      if (key !== undefined) await call('delete', () => store.delete(key, raw)).catch(() => {});
    },
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${error.message}`;
}
