import type { LockHandle, TokenStore } from '@acct/core';
import type { TestServer } from '@acct/harness';
import { afterEach, describe, expect, it } from 'vitest';
import { createGlowmarktClient, type GlowmarktClientOptions } from '../src/index';
import { APP, type IssuerState, jwt, PASSWORD, seconds, sleep, startIssuer } from './issuer';

let server: TestServer | undefined;
afterEach(() => server?.close());

/** A TokenStore in memory, with the lock: what `@acct/token-store-redis` does on Redis. */
function memoryStore() {
  const values = new Map<string, { value: string; until: number }>();
  const live = (key: string) => {
    const v = values.get(key);
    return v && v.until > Date.now() ? v.value : undefined;
  };
  const store: TokenStore = {
    get: async (key) => live(key),
    set: async (key, value, ttlMs) => values.set(key, { value, until: Date.now() + ttlMs }),
    delete: async (key, expected) => (expected === undefined || live(key) === expected) && values.delete(key),
    acquire: async (key, ttlMs): Promise<LockHandle | undefined> => {
      if (live(key)) return undefined;
      const owner = Math.random().toString(36);
      values.set(key, { value: owner, until: Date.now() + ttlMs });
      return { key, owner };
    },
    release: async ({ key, owner }) => live(key) === owner && values.delete(key),
  };
  return { store, values };
}

async function issuer(lifetime: number) {
  const state: IssuerState = { lifetime };
  const found = await startIssuer(state);
  server = found.server;
  return found;
}

const make = (options: Partial<GlowmarktClientOptions>) =>
  createGlowmarktClient({ applicationId: APP, baseURL: server!.url, maxRetries: 0, ...options } as GlowmarktClientOptions);
const login = { username: 'scotty', password: PASSWORD };

describe('tokenStore: one login shared by clients (processes) with the same key', () => {
  it('two password clients sharing a store make 1 login, together or one after the other', async () => {
    const { logins, sent } = await issuer(3600);
    const { store } = memoryStore();
    const [a, b, c] = [make({ ...login, tokenStore: store }), make({ ...login, tokenStore: store }), make({ ...login, tokenStore: store })];
    await Promise.all([a.getAccountStatusByUserToken(), b.getAccountStatusByUserToken()]);
    await c.changeName({ name: 'n' });
    expect(logins()).toHaveLength(1);
    expect(sent()).toEqual(['l1', 'l1', 'l1']);
  });

  it('keys by base URL, application, user and directory, hashed: no user name, password or token in it', async () => {
    const { logins } = await issuer(3600);
    const { store, values } = memoryStore();
    await make({ ...login, tokenStore: store }).getAccountStatusByUserToken();
    await make({ ...login, directoryId: 'dir-2', tokenStore: store }).getAccountStatusByUserToken();
    await make({ username: 'other', password: PASSWORD, tokenStore: store }).getAccountStatusByUserToken();
    expect(logins()).toHaveLength(3);
    const keys = [...values.keys()].filter((k) => !k.endsWith(':lock'));
    expect(keys).toHaveLength(3);
    for (const key of keys) {
      expect(key).toMatch(/^acct:glowmarkt:[0-9a-f]{64}$/);
      expect(key).not.toMatch(/scotty|other|correct-horse/);
    }
  });

  it('authenticate() logs in and returns the session even when the token came from the store', async () => {
    const { logins, sent } = await issuer(3600);
    const { store } = memoryStore();
    await make({ ...login, tokenStore: store }).getAccountStatusByUserToken();
    const b = make({ ...login, tokenStore: store });
    await b.getAccountStatusByUserToken(); // the store's token, no login
    const session = await b.authenticate();
    expect(session).toMatchObject({ accountId: 'acc-1', name: 'Arthur Dent' });
    expect(session.token).toContain('sig-l2');
    await b.getAccountStatusByUserToken();
    await make({ ...login, tokenStore: store }).getAccountStatusByUserToken();
    expect(logins()).toHaveLength(2);
    expect(sent()).toEqual(['l1', 'l1', 'l2', 'l2']);
  });

  it('authenticate() on a client that has made no call yet returns a session whatever the store holds', async () => {
    await issuer(3600);
    const { store } = memoryStore();
    await make({ ...login, tokenStore: store }).getAccountStatusByUserToken();
    const session = await make({ ...login, tokenStore: store }).authenticate();
    expect(session.token).toContain('sig-l2');
  });

  it('token clients sharing a store renew once for all of them (tokenStoreUser names the key’s user)', async () => {
    const { renewals, sent } = await issuer(3);
    const { store } = memoryStore();
    const token = jwt('given', seconds() + 3);
    const [a, b] = [0, 1].map(() => make({ token, tokenStore: store, tokenStoreUser: 'acc-1' }));
    await a!.getAccountStatusByUserToken();
    await b!.getAccountStatusByUserToken();
    await sleep(1_600);
    await a!.getAccountStatusByUserToken();
    await b!.getAccountStatusByUserToken();
    expect(renewals()).toHaveLength(1);
    expect(sent()).toEqual(['given', 'given', 'r1', 'r1']);
  });

  it('a store that fails never fails a call: the client logs in itself and warns, redacted', async () => {
    const { logins } = await issuer(3600);
    const broken: TokenStore = {
      get: async () => Promise.reject(new Error(`down; ${PASSWORD}`)),
      set: async () => {},
      delete: async () => {},
    };
    const warnings: string[] = [];
    const glow = make({ ...login, tokenStore: broken, logger: { warn: (m) => warnings.push(m) } });
    await expect(glow.getAccountStatusByUserToken()).resolves.toMatchObject({ status: 'active' });
    expect(logins()).toHaveLength(1);
    expect(warnings.join('\n')).toContain('token store: get failed');
    expect(warnings.join('\n')).not.toContain(PASSWORD);
  });
});
