import type { LockHandle, TokenStore } from '@acct/core';

/**
 * The few node-redis (v5, v6) commands the store uses; a `createClient()` or `createCluster()`
 * result fits. Structural, so this package does not bundle or pin a Redis client of its own.
 */
export interface RedisLike {
  /** `GET key`. */
  get(key: string): Promise<unknown>;
  /** `SET key value PX ms [NX]`. */
  set(key: string, value: string, options: { expiration: { type: 'PX'; value: number }; condition?: 'NX' }): Promise<unknown>;
  /** `DEL key`. */
  del(key: string): Promise<unknown>;
  /** `EVAL script` with keys and arguments (the compare-and-delete scripts). */
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

/** Options of `createRedisTokenStore`. */
export interface RedisTokenStoreOptions {
  /** Prepended to every key (default `''`; `tokenStoreKey` keys already start with `acct:`). */
  prefix?: string;
}

// Compare-and-delete in one step: only the value (or lock owner) we knew is deleted, never a newer one.
// https://redis.io/docs/latest/develop/clients/patterns/distributed-locks/
const DELETE_IF_EQUAL = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";

/**
 * A `TokenStore` on Redis: tokens under their key with a TTL from their expiry (`SET … PX`), a
 * lock taken with `SET NX PX` under a random owner id and released by compare-and-delete, so a
 * holder whose lock expired cannot release the next holder's. Give the client an `error` listener:
 * node-redis emits one per lost connection, and the token cache falls back to its own login meanwhile.
 */
export function createRedisTokenStore(client: RedisLike, options: RedisTokenStoreOptions = {}): TokenStore {
  const prefix = options.prefix ?? '';
  const ttl = (ms: number) => ({ type: 'PX' as const, value: Math.max(1, Math.ceil(ms)) });
  return {
    async get(key) {
      const value = await client.get(prefix + key);
      return typeof value === 'string' ? value : undefined;
    },
    async set(key, value, ttlMs) {
      await client.set(prefix + key, value, { expiration: ttl(ttlMs) });
    },
    async delete(key, expected) {
      if (expected === undefined) await client.del(prefix + key);
      else await client.eval(DELETE_IF_EQUAL, { keys: [prefix + key], arguments: [expected] });
    },
    async acquire(key, ttlMs): Promise<LockHandle | undefined> {
      const owner = crypto.randomUUID();
      const ok = await client.set(prefix + key, owner, { expiration: ttl(ttlMs), condition: 'NX' });
      return ok === 'OK' ? { key, owner } : undefined;
    },
    async release(handle) {
      await client.eval(DELETE_IF_EQUAL, { keys: [prefix + handle.key], arguments: [handle.owner] });
    },
  };
}
