import { describe, expect, it } from 'vitest';
import {
  type AuthStrategy,
  apiKeyHeader,
  bearer,
  ConfigurationError,
  createClient,
  defineEndpoint,
  RequestValidationError,
  ResponseValidationError,
  type Schema,
  TimeoutError,
  type TokenCache,
} from '../src/index';
import { clientFor, createUser, getUser, serve } from './helpers';

const ok = '{"id":"1","name":"n"}';

/** The real fetch, recording the signal each attempt was given and whether it had aborted by then. */
function recordingFetch() {
  const seen: { signal: AbortSignal; abortedAtStart: boolean }[] = [];
  const fetch = (url: string, init: RequestInit) => {
    seen.push({ signal: init.signal!, abortedAtStart: init.signal!.aborted });
    // A careless fetch wrapper: a listener per request, never removed.
    init.signal!.addEventListener('abort', () => {});
    return globalThis.fetch(url, init);
  };
  return { seen, fetch };
}

describe('attempt controllers are reused only while safe', () => {
  it('lends a signal that never aborted at most 8 times, never an aborted one, and timeouts still fire', async () => {
    const server = await serve((req, res) => {
      if (req.path === '/users/slow') return void setTimeout(() => res.writeHead(200).end(ok), 2_000);
      res.writeHead(200, { 'content-type': 'application/json' }).end(ok);
    });
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    try {
      const { seen, fetch } = recordingFetch();
      const client = clientFor(server, { fetch });
      const get = (id: string, options = {}) => client.request(getUser, { params: { id } }, options);
      for (let i = 0; i < 30; i++) await get('1');
      const timedOut = await get('slow', { timeout: 50, maxRetries: 0 }).catch((e) => e);
      expect(timedOut).toBeInstanceOf(TimeoutError);
      const aborted = seen.at(-1)!.signal;
      expect(aborted.aborted).toBe(true);
      for (let i = 0; i < 30; i++) await get('1');

      // Every attempt started with a live signal, and the one that timed out was never lent again.
      expect(seen.every((s) => !s.abortedAtStart)).toBe(true);
      const timedOutAt = 30;
      expect(seen[timedOutAt]!.signal).toBe(aborted);
      expect(seen.slice(timedOutAt + 1).filter((s) => s.signal === aborted)).toEqual([]);
      const uses = new Map<AbortSignal, number>();
      for (const { signal } of seen) uses.set(signal, (uses.get(signal) ?? 0) + 1);
      expect(Math.max(...uses.values())).toBeLessThanOrEqual(8);
      expect(uses.size).toBeGreaterThan(1);
      // Reused, so fewer signals than attempts (the point of the pool).
      expect(uses.size).toBeLessThan(seen.length / 4);
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('does not lend the controller of an attempt that failed before its body was read', async () => {
    const server = await serve((_req, res, n) => {
      // Every other response is cut mid-body: the socket closes 95 bytes short of its Content-Length.
      if (n % 2 === 1) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' }).write('{"id"');
        return void setTimeout(() => res.socket?.destroy(), 5);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(ok);
    });
    const { seen, fetch } = recordingFetch();
    const client = clientFor(server, { fetch, maxRetries: 0 });
    const results = [];
    for (let i = 0; i < 10; i++) results.push(await client.request(getUser, { params: { id: '1' } }).catch((e) => e));
    expect(results.filter((r) => r instanceof Error)).toHaveLength(5);
    // No attempt after a failed one got the failed attempt's signal.
    const failedAt = results.flatMap((r, i) => (r instanceof Error ? [i] : []));
    const reused = failedAt.filter((i) => seen.slice(i + 1).some((s) => s.signal === seen[i]!.signal));
    expect(failedAt).toHaveLength(5);
    expect(reused).toEqual([]);
  });
});

describe('auth strategies answering synchronously or with any thenable', () => {
  it('waits for a thenable that is not a native Promise, and types a synchronous throw', async () => {
    const server = await serve((req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: '1', name: String(req.headers['x-key']) })),
    );
    const thenable: AuthStrategy = {
      // A hand-rolled thenable (an old promise library): the header is set only when it resolves.
      apply: ({ headers }) => {
        const later = (resolve: () => void) =>
          setTimeout(() => {
            headers.set('x-key', 'late-key-1');
            resolve();
          }, 5);
        // biome-ignore lint/suspicious/noThenProperty: the point of the test is a thenable that is not a Promise
        return { then: later } as never;
      },
    };
    const first: AuthStrategy = { apply: ({ headers }) => void headers.set('x-first', 'first-key-1') };
    const client = createClient({ baseURL: server.url, auth: { default: [first, thenable] } });
    expect(await client.request(getUser, { params: { id: '1' } })).toEqual({ id: '1', name: 'late-key-1' });
    expect(server.requests[0]!.headers['x-first']).toBe('first-key-1');

    const throwing: AuthStrategy = {
      apply: () => {
        throw new TypeError("Headers.set: 'secret\n' is an invalid header value");
      },
    };
    const refused = await createClient({ baseURL: server.url, auth: { default: throwing } })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(refused).toBeInstanceOf(ConfigurationError);
    expect(refused.message).not.toContain('secret');
    expect(server.requests).toHaveLength(1);
  });
});

describe('credentials set without a promise', () => {
  const echo = () =>
    serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: '1', name: 'n' })));

  it("sends a cache's fresh token from peek() without calling get(), and falls back to get() when peek has none", async () => {
    const server = await echo();
    let gets = 0;
    let fresh: string | undefined = 'peeked-token-1';
    const cache: TokenCache = {
      get: async () => {
        gets++;
        return 'fetched-token-1';
      },
      peek: () => fresh,
      invalidate: () => {},
    };
    const client = createClient({ baseURL: server.url, auth: { default: bearer(cache) } });
    await client.request(getUser, { params: { id: '1' } });
    expect(server.requests[0]!.headers.authorization).toBe('Bearer peeked-token-1');
    expect(gets).toBe(0);
    fresh = undefined;
    await client.request(getUser, { params: { id: '1' } });
    expect(server.requests[1]!.headers.authorization).toBe('Bearer fetched-token-1');
    expect(gets).toBe(1);
    // A peeked value that cannot be sent is refused, typed, without echoing it.
    fresh = 'bad\ntoken-1';
    const refused = await client.request(getUser, { params: { id: '1' } }).catch((e) => e);
    expect(refused).toBeInstanceOf(ConfigurationError);
    expect(refused.message).not.toContain('token-1');
    expect(server.requests).toHaveLength(2);
    // A peek() that throws (plain JavaScript) is a typed error too, and nothing is sent.
    const throwing = createClient({
      baseURL: server.url,
      auth: { default: bearer({ ...cache, peek: () => JSON.parse('{') as string }) },
    });
    await expect(throwing.request(getUser, { params: { id: '1' } })).rejects.toBeInstanceOf(ConfigurationError);
    expect(server.requests).toHaveLength(2);
  });

  it('applies strategies in order when one has no synchronous path: the later one wins a shared header', async () => {
    const server = await echo();
    const custom: AuthStrategy = { apply: async ({ headers }) => void headers.set('x-key', 'custom-key-2') };
    const both = createClient({ baseURL: server.url, auth: { default: [apiKeyHeader('X-Key', 'fixed-key-1'), custom] } });
    await both.request(getUser, { params: { id: '1' } });
    const reversed = createClient({ baseURL: server.url, auth: { default: [custom, apiKeyHeader('X-Key', 'fixed-key-1')] } });
    await reversed.request(getUser, { params: { id: '1' } });
    expect(server.requests.map((r) => r.headers['x-key'])).toEqual(['custom-key-2', 'fixed-key-1']);
  });
});

describe('schemas that answer asynchronously still work (Standard Schema allows a promise)', () => {
  const later = (check: (value: unknown) => boolean): Schema => ({
    '~standard': {
      version: 1,
      vendor: 'test',
      validate: async (value) => (check(value) ? { value } : { issues: [{ message: 'Refused later', path: ['name'] }] }),
    },
  });
  const hasName = (v: unknown) => typeof (v as { name?: unknown })?.name === 'string';
  const create = defineEndpoint({
    operation: 'createThing',
    method: 'POST',
    path: '/things',
    body: later(hasName),
    query: later(() => true),
    response: later(hasName),
    idempotent: false,
    summary: 'Creates a thing.',
    docs: 'https://example.test/docs/create-thing',
  });

  it('validates body, query and response through promises, and refuses before sending', async () => {
    const server = await serve((req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(req.json && (req.json as { name?: string }).name === 'ok' ? '{"name":"ok"}' : '{"id":1}'),
    );
    const client = createClient({ baseURL: server.url, maxRetries: 0 });
    expect(await client.request(create, { body: { name: 'ok' }, query: {} } as never)).toEqual({ name: 'ok' });
    const refused = await client.request(create, { body: { nope: 1 }, query: {} } as never).catch((e: RequestValidationError) => e);
    expect(refused).toBeInstanceOf(RequestValidationError);
    expect((refused as Error).message).toContain('body.name: Refused later');
    expect(server.requests).toHaveLength(1);
    const mismatch = await client.request(create, { body: { name: 'other' }, query: {} } as never).catch((e) => e);
    expect(mismatch).toBeInstanceOf(ResponseValidationError);
    expect(server.requests).toHaveLength(2);
  });
});

describe('a body the compiled check accepts is sent as given', () => {
  const answer = () => serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1","name":"Ann"}'));

  it("keeps the caller's key order and sends plain data once encoded; an instance still goes through valibot", async () => {
    const server = await answer();
    const client = clientFor(server);
    await client.request(createUser, { body: { email: 'ann@example.com', name: 'Ann' } });
    expect(server.requests[0]!.text).toBe('{"email":"ann@example.com","name":"Ann"}');

    // A class instance is not plain data: valibot checks it and its copy (own fields) is sent.
    class Person {
      name = 'Bob';
      get shout() {
        return 'BOB';
      }
    }
    await client.request(createUser, { body: new Person() as never });
    expect(server.requests[1]!.json).toEqual({ name: 'Bob' });

    // Refused as before, with valibot's own issue, and nothing sent.
    const refused = await client.request(createUser, { body: { name: 'A' } }).catch((e) => e);
    expect(refused).toBeInstanceOf(RequestValidationError);
    expect(refused.message).toContain('body.name');
    expect(server.requests).toHaveLength(2);
  });
});
