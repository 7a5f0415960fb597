import { createTokenCache } from '@acct/core';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisTokenStore } from '../src/index';
import { startRedis, type TestRedis } from './redis-server';

let server: TestRedis;
let redis: ReturnType<typeof createClient>;

beforeAll(async () => {
  server = await startRedis();
  redis = createClient({ url: server.url });
  redis.on('error', () => {});
  await redis.connect();
});
afterAll(async () => {
  await redis?.quit().catch(() => {});
  await server?.kill();
});

describe('createRedisTokenStore on a real redis-server', () => {
  it('stores a value with a TTL in ms, under the prefix, and reads it back', async () => {
    const store = createRedisTokenStore(redis, { prefix: 'app1:' });
    await store.set('acct:v:1', '{"token":"x"}', 60_000);
    expect(await store.get('acct:v:1')).toBe('{"token":"x"}');
    expect(await redis.get('app1:acct:v:1')).toBe('{"token":"x"}');
    const pttl = await redis.pTTL('app1:acct:v:1');
    expect(pttl).toBeGreaterThan(59_000);
    expect(pttl).toBeLessThanOrEqual(60_000);
    expect(await store.get('acct:v:missing')).toBeUndefined();
  });

  it('forgets a value when its TTL passes', async () => {
    const store = createRedisTokenStore(redis);
    await store.set('short', 'v', 50);
    await new Promise((r) => setTimeout(r, 120));
    expect(await store.get('short')).toBeUndefined();
  });

  it('deletes with compare-and-delete: only the expected value, never a newer one', async () => {
    const store = createRedisTokenStore(redis);
    await store.set('k', 'new', 60_000);
    await store.delete('k', 'old');
    expect(await store.get('k')).toBe('new');
    await store.delete('k', 'new');
    expect(await store.get('k')).toBeUndefined();
    await store.set('k', 'any', 60_000);
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
  });

  it('gives the lock to one holder, which alone can release it, until its TTL', async () => {
    const store = createRedisTokenStore(redis);
    const handles = await Promise.all(Array.from({ length: 10 }, () => store.acquire!('lock-a', 60_000)));
    const held = handles.filter((h) => h !== undefined);
    expect(held).toHaveLength(1);
    await store.release!({ key: 'lock-a', owner: 'someone-else' });
    expect(await store.acquire!('lock-a', 60_000)).toBeUndefined();
    await store.release!(held[0]!);
    const next = await store.acquire!('lock-a', 80);
    expect(next).toBeDefined();
    // Expired, taken by another: the first holder's late release must not free the new holder's lock.
    await new Promise((r) => setTimeout(r, 150));
    const third = await store.acquire!('lock-a', 60_000);
    await store.release!(next!);
    expect(third).toBeDefined();
    expect(await redis.get('lock-a')).toBe(third!.owner);
  });

  it('serves createTokenCache: 10 caches make 1 login and the token lands in Redis with its expiry', async () => {
    const store = createRedisTokenStore(redis);
    let logins = 0;
    const login = async () => {
      await new Promise((r) => setTimeout(r, 50));
      return { token: `tok-${++logins}`, expiresAt: Date.now() + 600_000 };
    };
    const tokens = await Promise.all(Array.from({ length: 10 }, () => createTokenCache(login, { store, key: 'acct:t:cache' }).get()));
    expect(new Set(tokens)).toEqual(new Set(['tok-1']));
    expect(logins).toBe(1);
    expect(JSON.parse((await redis.get('acct:t:cache'))!)).toMatchObject({ token: 'tok-1' });
    expect(await redis.pTTL('acct:t:cache')).toBeGreaterThan(590_000);
    expect(await redis.exists('acct:t:cache:lock')).toBe(0);
  });
});
