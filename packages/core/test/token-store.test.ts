import { describe, expect, it } from 'vitest';
import { ConfigurationError, createTokenCache, type LockHandle, type TokenStore, tokenStoreKey } from '../src/index';

/** A store in memory with TTLs and an owner-checked lock: what several processes would share. */
function memoryStore() {
  const data = new Map<string, { value: string; until: number }>();
  const live = (key: string) => {
    const e = data.get(key);
    if (e && e.until <= Date.now()) data.delete(key);
    return data.get(key);
  };
  const calls: string[] = [];
  const store: TokenStore & { data: typeof data; calls: string[] } = {
    data,
    calls,
    async get(key) {
      calls.push('get');
      return live(key)?.value;
    },
    async set(key, value, ttlMs) {
      calls.push(`set ${ttlMs > 0}`);
      data.set(key, { value, until: Date.now() + ttlMs });
    },
    async delete(key, expected) {
      calls.push('delete');
      if (expected === undefined || live(key)?.value === expected) data.delete(key);
    },
    async acquire(key, ttlMs) {
      if (live(key)) return undefined;
      const owner = Math.random().toString(36);
      data.set(key, { value: owner, until: Date.now() + ttlMs });
      return { key, owner };
    },
    async release(handle: LockHandle) {
      if (live(handle.key)?.value === handle.owner) data.delete(handle.key);
    },
  };
  return store;
}

const hour = () => Date.now() + 3_600_000;

/** A counted login issuing `t1`, `t2`… after `ms`. */
function counted(ms = 30, expiresAt: () => number | undefined = hour) {
  const state = { n: 0 };
  const login = async () => {
    await new Promise((r) => setTimeout(r, ms));
    return { token: `t${++state.n}`, expiresAt: expiresAt() };
  };
  return Object.assign(login, state, { count: () => state.n });
}

describe('token store', () => {
  it('makes one login for 20 caches (processes) starting together, then serves the token from the store', async () => {
    const store = memoryStore();
    const login = counted();
    const caches = Array.from({ length: 20 }, () => createTokenCache(login, { store, key: 'acct:test:k' }));
    const tokens = await Promise.all(caches.flatMap((c) => [c.get(), c.get()]));
    expect(new Set(tokens)).toEqual(new Set(['t1']));
    expect(login.count()).toBe(1);
    expect(await createTokenCache(login, { store, key: 'acct:test:k' }).get()).toBe('t1');
    expect(login.count()).toBe(1);
  });

  it('writes the token back with a TTL from its expiry, and keeps tokens without expiry out of the store', async () => {
    const store = memoryStore();
    await createTokenCache(counted(0), { store, key: 'k1' }).get();
    const stored = JSON.parse(store.data.get('k1')!.value);
    expect(stored).toMatchObject({ token: 't1' });
    expect(store.data.get('k1')!.until).toBeGreaterThan(Date.now() + 3_500_000);
    await createTokenCache(
      counted(0, () => undefined),
      { store, key: 'k2' },
    ).get();
    expect(store.data.has('k2')).toBe(false);
  });

  it.each([
    ['bad JSON', '{"token":'],
    ['the wrong shape', '{"token":42,"expiresAt":1}'],
    ['a token with a line break', JSON.stringify({ token: 'a\r\nb', expiresAt: hour(), obtainedAt: Date.now() })],
  ])('deletes a stored value with %s and makes exactly one new login', async (_name, raw) => {
    const store = memoryStore();
    store.data.set('k', { value: raw, until: hour() });
    const warnings: string[] = [];
    const login = counted();
    const caches = Array.from({ length: 5 }, () => createTokenCache(login, { store, key: 'k', logger: { warn: (m) => warnings.push(m) } }));
    expect(new Set(await Promise.all(caches.map((c) => c.get())))).toEqual(new Set(['t1']));
    expect(login.count()).toBe(1);
    expect(JSON.parse(store.data.get('k')!.value).token).toBe('t1');
    expect(warnings[0]).toMatch(/not a usable token/);
  });

  it('does not use a stored token that is within the skew of its expiry', async () => {
    const store = memoryStore();
    const soon = JSON.stringify({ token: 'old-token', expiresAt: Date.now() + 30_000, obtainedAt: Date.now() - 3_000_000 });
    store.data.set('k', { value: soon, until: hour() });
    expect(await createTokenCache(counted(0), { store, key: 'k' }).get()).toBe('t1');
  });

  it('falls back to its own login when the store throws, rejects or hangs, with a redacted warning', async () => {
    const secret = 'canary-store-secret-9f3';
    const failing = (how: 'throw' | 'reject' | 'hang'): TokenStore => {
      const fail = () => {
        if (how === 'throw') throw new Error(`connection to store lost, last value ${secret}`);
        return how === 'reject' ? Promise.reject(new Error(`refused ${secret}`)) : new Promise<never>(() => {});
      };
      return { get: fail, set: fail, delete: fail, acquire: fail, release: fail };
    };
    for (const how of ['throw', 'reject', 'hang'] as const) {
      const warnings: string[] = [];
      const login = counted(0);
      const cache = createTokenCache(login, {
        store: failing(how),
        key: 'k',
        storeTimeoutMs: 50,
        logger: { warn: (m) => warnings.push(m) },
        redact: (t) => t.split(secret).join('[REDACTED]'),
      });
      const started = Date.now();
      expect(await cache.get()).toBe('t1');
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(warnings.length).toBeGreaterThan(0);
      expect(warnings.join('\n')).not.toContain(secret);
      expect(warnings[0]).toMatch(/token store: get failed/);
    }
  });

  it('on a 401 deletes the stored token only while the store still holds it, and writes the new one back', async () => {
    const store = memoryStore();
    const login = counted(0);
    const a = createTokenCache(login, { store, key: 'k' });
    const b = createTokenCache(login, { store, key: 'k' });
    expect(await a.get()).toBe('t1');
    expect(await b.get()).toBe('t1');
    await a.invalidate('t1');
    expect(store.data.has('k')).toBe(false);
    expect(await a.get()).toBe('t2');
    expect(JSON.parse(store.data.get('k')!.value).token).toBe('t2');
    // b's late 401 for t1 must not delete t2.
    await b.invalidate('t1');
    expect(JSON.parse(store.data.get('k')!.value).token).toBe('t2');
    expect(await b.get()).toBe('t2');
    expect(login.count()).toBe(2);
  });

  it('never takes a token that got a 401 back from the store, even when deleting it failed', async () => {
    const store = memoryStore();
    const login = counted(0);
    const cache = createTokenCache(login, { store, key: 'k' });
    await cache.get();
    store.delete = async () => {};
    await cache.invalidate('t1');
    expect(await cache.get()).toBe('t2');
  });

  it('lets a waiter take over when the lock holder fails to log in', async () => {
    const store = memoryStore();
    let n = 0;
    const login = async () => {
      await new Promise((r) => setTimeout(r, 30));
      if (++n === 1) throw new Error('login refused');
      return { token: `t${n}`, expiresAt: hour() };
    };
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => createTokenCache(login, { store, key: 'k' }).get()));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(new Set(results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])))).toEqual(new Set(['t2']));
    expect(n).toBe(2);
  });

  it('refuses a store without its methods or without a key', () => {
    expect(() => createTokenCache(counted(), { store: {} as TokenStore, key: 'k' })).toThrow(ConfigurationError);
    expect(() => createTokenCache(counted(), { store: memoryStore() })).toThrow(ConfigurationError);
  });
});

describe('tokenStoreKey', () => {
  it('hashes the identity: the same key whatever the order, no user name in it, different for another org', async () => {
    const a = await tokenStoreKey({ vendor: 'thoughtspot', baseURL: 'https://x.test', user: 'ann@corp.test', org: 3 });
    const b = await tokenStoreKey({ org: 3, user: 'ann@corp.test', baseURL: 'https://x.test', vendor: 'thoughtspot' });
    const c = await tokenStoreKey({ vendor: 'thoughtspot', baseURL: 'https://x.test', user: 'ann@corp.test', org: 4 });
    expect(a).toMatch(/^acct:thoughtspot:[0-9a-f]{64}$/);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(a).not.toContain('ann');
  });

  it('refuses parts named like credentials and a missing vendor or baseURL', async () => {
    for (const parts of [
      { vendor: 'v', baseURL: 'u', password: 'hunter2' },
      { vendor: 'v', baseURL: 'u', secretKey: 's' },
      { vendor: 'v', baseURL: 'u', token: 't' },
      { vendor: 'Bad Name', baseURL: 'u' },
      { vendor: 'v' },
    ]) {
      const error = await tokenStoreKey(parts as never).catch((e) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.message).not.toContain('hunter2');
    }
  });
});
