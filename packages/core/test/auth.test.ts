import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  apiKeyHeader,
  basic,
  bearer,
  ConfigurationError,
  createClient,
  createTokenCache,
  defineEndpoint,
  RequestAbortedError,
  RequestValidationError,
} from '../src/index';
import { clientFor, getUser, serve } from './helpers';

const ok = (res: import('node:http').ServerResponse) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1","name":"n"}');

const adminOnly = defineEndpoint({
  operation: 'adminOnly',
  method: 'GET',
  path: '/admin',
  auth: 'admin',
  idempotent: true,
  summary: 's',
  docs: 'd',
});

describe('auth strategies', () => {
  it('sends an API key in a named header, with or without a prefix, and several at once', async () => {
    const server = await serve((_req, res) => ok(res));
    const client = clientFor(server, {
      auth: { default: [apiKeyHeader('X-THIRDWATCH-API-KEY', 'k-123'), apiKeyHeader('Authorization', 'key-9', { prefix: 'Token' })] },
    });
    await client.request(getUser, { params: { id: '1' } });
    expect(server.requests[0]!.headers['x-thirdwatch-api-key']).toBe('k-123');
    expect(server.requests[0]!.headers.authorization).toBe('Token key-9');
  });

  it('sends bearer tokens from a string or an async provider, and UTF-8 basic credentials', async () => {
    const server = await serve((_req, res) => ok(res));
    let n = 0;
    await clientFor(server, { auth: { default: bearer('static-tok') } }).request(getUser, { params: { id: '1' } });
    const provided = clientFor(server, { auth: { default: bearer(async () => `tok-${++n}`) } });
    await provided.request(getUser, { params: { id: '1' } });
    await provided.request(getUser, { params: { id: '1' } });
    await clientFor(server, { auth: { default: basic('ädmin', 'pässword') } }).request(getUser, { params: { id: '1' } });
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      'Bearer static-tok',
      'Bearer tok-1',
      'Bearer tok-2',
      `Basic ${Buffer.from('ädmin:pässword').toString('base64')}`,
    ]);
  });

  it('picks the scheme an endpoint names and refuses to send when the client lacks it', async () => {
    const server = await serve((_req, res) => res.writeHead(200).end());
    const both = clientFor(server, { auth: { default: bearer('user-tok'), admin: basic('app', 'key-secret') } });
    await both.request(adminOnly, {});
    expect(server.requests[0]!.headers.authorization).toMatch(/^Basic /);
    const userOnly = clientFor(server, { auth: { default: bearer('user-tok') } });
    const error = await userOnly.request(adminOnly, {}).catch((e) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe('adminOnly needs "admin" credentials, which this client was not given');
    expect(server.requests).toHaveLength(1);
  });
});

/** A vendor with a login endpoint: tokens `t1`, `t2`… each valid `lifetime` ms. */
async function loginVendor(options: { lifetime?: number; reject?: (token: string, n: number) => boolean } = {}) {
  let issued = 0;
  const server = await serve(async (req, res, n) => {
    if (req.path === '/login') {
      await new Promise((r) => setTimeout(r, 20)); // a slow login makes concurrent callers overlap
      issued++;
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ token: `t${issued}`, expires: Date.now() + (options.lifetime ?? 3_600_000) }));
    }
    const token = req.headers.authorization?.replace('Bearer ', '') ?? '';
    if (options.reject?.(token, n)) return void res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"expired"}');
    ok(res);
  });
  const login = defineEndpoint({
    operation: 'login',
    method: 'POST',
    path: '/login',
    body: v.object({ username: v.string(), password: v.string() }),
    response: v.object({ token: v.string(), expires: v.number() }),
    auth: false,
    idempotent: false,
    summary: 'Logs in.',
    docs: 'd',
  });
  const client = createClient({
    baseURL: server.url,
    retryDelay: 5,
    secrets: ['hunter2-password'],
    auth: {
      default: bearer(
        createTokenCache(async () => {
          const r = await client.request(login, { body: { username: 'svc', password: 'hunter2-password' } });
          return { token: r.token, expiresAt: r.expires };
        }),
      ),
    },
  });
  const logins = () => server.requests.filter((r) => r.path === '/login').length;
  return { server, client, logins };
}

describe('token cache', () => {
  it('logs in once for 100 concurrent calls and reuses the token', async () => {
    const { client, logins, server } = await loginVendor();
    await Promise.all(Array.from({ length: 100 }, () => client.request(getUser, { params: { id: '1' } })));
    await client.request(getUser, { params: { id: '1' } });
    expect(logins()).toBe(1);
    expect(new Set(server.requests.filter((r) => r.path !== '/login').map((r) => r.headers.authorization))).toEqual(new Set(['Bearer t1']));
  });

  it('logs in again when the token is within the skew of its expiry', async () => {
    let now = 1_000_000;
    let n = 0;
    const cache = createTokenCache(async () => ({ token: `t${++n}`, expiresAt: now + 300_000 }), { skew: 60_000, now: () => now });
    expect(await cache.get()).toBe('t1');
    now += 239_000;
    expect(await cache.get()).toBe('t1');
    now += 2_000;
    expect(await cache.get()).toBe('t2');
  });

  it('renews at half the lifetime when the lifetime is shorter than the skew', async () => {
    let now = 0;
    let n = 0;
    const cache = createTokenCache(async () => ({ token: `t${++n}`, expiresAt: now + 10_000 }), { skew: 60_000, now: () => now });
    await cache.get();
    now = 4_999;
    expect(await cache.get()).toBe('t1');
    now = 5_000;
    expect(await cache.get()).toBe('t2');
  });

  it('on a 401 logs in once more and replays once, shared by concurrent calls', async () => {
    const { client, logins, server } = await loginVendor({ reject: (token) => token === 't1' });
    await Promise.all(Array.from({ length: 20 }, () => client.request(getUser, { params: { id: '1' } })));
    expect(logins()).toBe(2);
    const calls = server.requests.filter((r) => r.path !== '/login');
    expect(calls.filter((r) => r.headers.authorization === 'Bearer t2')).toHaveLength(20);
  });

  it('gives up with AuthenticationError after one refresh when the 401 persists', async () => {
    const { client, logins } = await loginVendor({ reject: () => true });
    const error = await client.request(getUser, { params: { id: '1' } }).catch((e) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.attempts).toBe(2);
    expect(logins()).toBe(2);
  });

  it('does not replay a 401 for a fixed token', async () => {
    const server = await serve((_req, res) => res.writeHead(401).end());
    const error = await clientFor(server, { auth: { default: bearer('fixed-token') } })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a signal that is not an AbortSignal', async () => {
    const cache = createTokenCache(async () => ({ token: 't' }));
    await expect(cache.get('stop' as never)).rejects.toBeInstanceOf(RequestValidationError);
  });

  it("lets one caller's abort stop its wait without cancelling the shared login", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let n = 0;
    const cache = createTokenCache(async () => {
      await gate;
      return { token: `t${++n}`, expiresAt: Date.now() + 60_000_000 };
    });
    const controller = new AbortController();
    const aborted = cache.get(controller.signal);
    const other = cache.get();
    controller.abort();
    await expect(aborted).rejects.toBeInstanceOf(RequestAbortedError);
    release();
    await expect(other).resolves.toBe('t1');
    expect(n).toBe(1);
  });
});

describe('credential and token values (issue 12)', () => {
  const canary = 'canary-Sécret-7c1';

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['42', 42],
    ['an empty string', ''],
    ['a line break', `${canary}\r\nX-Injected: 1`],
    ['a non-Latin-1 character', `${canary}\u2028`],
    ['surrounding whitespace', ` ${canary}`],
  ])('refuses a provider token that is %s with ConfigurationError, nothing sent, value not shown', async (_name, token) => {
    const server = await serve((_req, res) => ok(res));
    const client = clientFor(server, { auth: { default: bearer(async () => token as string) } });
    const error = await client.request(getUser, { params: { id: '1' } }).catch((e) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.attempts).toBe(0);
    expect(error.message).toMatch(/token provider for Authorization returned a value that/);
    expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain('canary');
    expect(server.requests).toHaveLength(0);
  });

  it('refuses fixed credentials that cannot be header values when the strategy is created', () => {
    for (const bad of [`${canary}\n`, `${canary}\u0000`, `ключ-${canary}`, '']) {
      const error = (() => {
        try {
          apiKeyHeader('X-THIRDWATCH-API-KEY', bad);
        } catch (e) {
          return e as Error;
        }
      })();
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error!.message).not.toContain('canary');
    }
    expect(() => apiKeyHeader('Bad Header:', 'k-123')).toThrow(ConfigurationError);
    expect(() => apiKeyHeader('X-Key', undefined as never)).toThrow(ConfigurationError);
  });

  it('refuses basic credentials with control characters or a colon in the user-id, and accepts any Unicode', async () => {
    expect(() => basic('app', `${canary}\r\n`)).toThrow(ConfigurationError);
    expect(() => basic('a:b', 'pw')).toThrow(/must not contain ":"/);
    expect(() => basic(undefined as never, 'pw')).toThrow(ConfigurationError);
    const server = await serve((_req, res) => ok(res));
    await clientFor(server, { auth: { default: basic('用户', 'пароль') } }).request(getUser, { params: { id: '1' } });
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from('用户:пароль').toString('base64')}`);
  });

  it('does not cache a login token with a line break: the call fails typed, the next call logs in again', async () => {
    const server = await serve((_req, res) => ok(res));
    const tokens = [`${canary}\r\nX-Evil: 1`, 'good-token-2'];
    let logins = 0;
    const client = clientFor(server, {
      auth: { default: bearer(createTokenCache(async () => ({ token: tokens[logins++]!, expiresAt: Date.now() + 3_600_000 }))) },
    });
    const error = await client.request(getUser, { params: { id: '1' } }).catch((e) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).not.toContain('canary');
    expect(server.requests).toHaveLength(0);
    await client.request(getUser, { params: { id: '1' } });
    expect(server.requests[0]!.headers.authorization).toBe('Bearer good-token-2');
    expect(logins).toBe(2);
  });
});

describe('a login no caller waits for', () => {
  // An unhandled rejection ends a Node process: a failed login that nobody awaits must not become one.
  const unhandled: unknown[] = [];
  const record = (e: unknown) => unhandled.push(e);

  it('is not started for a caller already aborted, and a failed one whose caller left is handled', async () => {
    process.on('unhandledRejection', record);
    try {
      let logins = 0;
      const cache = createTokenCache(async () => {
        logins++;
        await new Promise((r) => setTimeout(r, 20));
        throw new Error('login refused');
      });
      await expect(cache.get(AbortSignal.abort())).rejects.toBeInstanceOf(RequestAbortedError);
      expect(logins).toBe(0);
      const leaving = new AbortController();
      const waiting = cache.get(leaving.signal);
      leaving.abort();
      await expect(waiting).rejects.toBeInstanceOf(RequestAbortedError);
      expect(logins).toBe(1);
      await new Promise((r) => setTimeout(r, 60));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });
});

describe('a credential that cannot be had', () => {
  it('says what the token provider threw, redacted, and keeps it as the cause', async () => {
    const server = await serve((_req, res) => res.end('{}'));
    const failure = new Error('vault unreachable for key-SECRET-9876');
    const error = await createClient({
      baseURL: server.url,
      secrets: ['key-SECRET-9876'],
      auth: { default: bearer(async () => Promise.reject(failure)) },
    })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe('getUser: the credentials could not be obtained — vault unreachable for [REDACTED]');
    expect(error.cause).toBe(failure);
    expect(server.requests).toHaveLength(0);
  });

  it('keeps neither the text nor the error of a header fetch refused: it quotes the value', async () => {
    const server = await serve((_req, res) => res.end('{}'));
    const strategy = { apply: ({ headers }: { headers: Headers }) => headers.set('x-key', 'SECRET\u0100value') };
    const error = await createClient({ baseURL: server.url, auth: { default: strategy } })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe('getUser: a credential cannot be sent as a header (CR, LF, NUL or a character outside Latin-1)');
    expect(error.cause).toBeUndefined();
    const crlf = { apply: ({ headers }: { headers: Headers }) => headers.set('x-key', 'SECRET\r\nvalue') };
    const other = await createClient({ baseURL: server.url, auth: { default: crlf } })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(other.message).toBe(error.message);
    expect(server.requests).toHaveLength(0);
  });
});
