import { describe, expect, it } from 'vitest';
import {
  type AuthStrategy,
  apiKeyHeader,
  basic,
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

describe('every attempt has its own signal', () => {
  it('a timeout aborts only its own attempt: listeners a fetch wrapper left on earlier signals never fire', async () => {
    const server = await serve((req, res) => {
      if (req.path === '/users/slow') return void setTimeout(() => res.writeHead(200).end(ok), 2_000);
      res.writeHead(200, { 'content-type': 'application/json' }).end(ok);
    });
    const aborted: string[] = [];
    const signals = new Set<AbortSignal>();
    // A careless fetch wrapper (tracing, metrics): a listener per request, never removed.
    const fetch = (url: string, init: RequestInit) => {
      signals.add(init.signal!);
      init.signal!.addEventListener('abort', () => aborted.push(new URL(url).pathname));
      return globalThis.fetch(url, init);
    };
    const client = clientFor(server, { fetch });
    for (let i = 0; i < 20; i++) await client.request(getUser, { params: { id: '1' } });
    const timedOut = await client.request(getUser, { params: { id: 'slow' } }, { timeout: 50, maxRetries: 0 }).catch((e) => e);
    expect(timedOut).toBeInstanceOf(TimeoutError);
    expect(signals.size).toBe(21);
    expect(aborted).toEqual(['/users/slow']);
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
    // peek() is a shortcut: one that throws or says null (plain JavaScript) leaves the call to get().
    for (const peek of [() => JSON.parse('{') as string, () => null as unknown as string]) {
      const odd = createClient({ baseURL: server.url, auth: { default: bearer({ ...cache, peek }) } });
      await odd.request(getUser, { params: { id: '1' } });
      expect(server.requests.at(-1)!.headers.authorization).toBe('Bearer fetched-token-1');
    }
    expect(server.requests).toHaveLength(4);
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

describe('the synchronous credential path never changes what is sent or redacted', () => {
  // Echoes the credential without its scheme word, as a careless vendor error message might.
  const echo = (text: string) =>
    serve((req, res) =>
      res
        .writeHead(401, { 'content-type': 'application/json' })
        .end(JSON.stringify({ message: `${text} ${req.headers.authorization?.split(' ')[1]}` })),
    );

  it("redacts a Basic credential's base64 on its own when the server echoes it", async () => {
    const server = await echo('bad credentials');
    const b64 = btoa('appkey:s3cretpassword');
    const client = createClient({ baseURL: server.url, auth: { default: basic('appkey', 's3cretpassword') }, maxRetries: 0 });
    const error = await client.request(getUser, { params: { id: '1' } }).catch((e) => e);
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${b64}`);
    expect(JSON.stringify([error.message, error.body])).not.toContain(b64);
  });

  it("sends a wrapper's own apply() over the strategy it spreads, and redacts a token whose secrets it dropped", async () => {
    const server = await echo('refused');
    const rotated: AuthStrategy = {
      ...bearer('static-token-1234'),
      apply: ({ headers }) => void headers.set('Authorization', 'Bearer rotated-token-99'),
    };
    await createClient({ baseURL: server.url, auth: { default: rotated }, maxRetries: 0 })
      .request(getUser, { params: { id: '1' } })
      .catch(() => {});
    expect(server.requests[0]!.headers.authorization).toBe('Bearer rotated-token-99');

    const bare: AuthStrategy = { ...bearer('static-token-1234'), secrets: undefined };
    const error = await createClient({ baseURL: server.url, auth: { default: bare }, maxRetries: 0 })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(server.requests[1]!.headers.authorization).toBe('Bearer static-token-1234');
    expect(JSON.stringify([error.message, error.body])).not.toContain('static-token-1234');
  });
});

describe('an async body check left behind by a failing query check', () => {
  it('the call fails typed and the pending check never becomes an unhandled rejection', async () => {
    const server = await serve((_req, res) => res.writeHead(200).end('{}'));
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const slowBody: Schema = {
        '~standard': {
          version: 1,
          vendor: 'test',
          validate: () => new Promise((_resolve, reject) => setTimeout(() => reject(new Error('lookup failed')), 10)),
        },
      };
      const throwingQuery: Schema = {
        '~standard': {
          version: 1,
          vendor: 'test',
          validate: () => {
            throw new Error('query check broke');
          },
        },
      };
      const endpoint = defineEndpoint({
        operation: 'lookup',
        method: 'POST',
        path: '/lookup',
        body: slowBody,
        query: throwingQuery,
        idempotent: false,
        summary: 'Looks up.',
        docs: 'https://example.test/docs/lookup',
      });
      const error = await createClient({ baseURL: server.url })
        .request(endpoint, { body: {}, query: {} } as never)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).toEqual([]);
      expect(server.requests).toHaveLength(0);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('one promise per call', () => {
  it('withResponse() of a failing call rejects typed, with the operation and elapsed time, and leaves no unhandled rejection', async () => {
    const server = await serve((_req, res) => res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"no such user"}'));
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const client = clientFor(server);
      const error = await client
        .request(getUser, { params: { id: '1' } })
        .withResponse()
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ status: 404, operation: 'getUser', attempts: 1 });
      expect((error as { elapsedMs: number }).elapsedMs).toBeGreaterThanOrEqual(0);
      // The data promise, never awaited, rejects too: with withResponse() called it is handled.
      const ignored = client.request(getUser, { params: { id: '2' } });
      await ignored.withResponse().catch(() => {});
      // A call whose withResponse() is called twice gives the same promise.
      const twice = client.request(getUser, { params: { id: '3' } });
      expect(twice.withResponse()).toBe(twice.withResponse());
      await twice.withResponse().catch(() => {});
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('withResponse() after the data resolved still gives status, headers, attempts and request id', async () => {
    const server = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req-9' }).end(ok));
    const call = clientFor(server).request(getUser, { params: { id: '1' } });
    await expect(call).resolves.toEqual({ id: '1', name: 'n' });
    const full = await call.withResponse();
    expect(full).toMatchObject({ data: { id: '1', name: 'n' }, status: 200, attempts: 1, requestId: 'req-9' });
    expect(full.headers.get('x-request-id')).toBe('req-9');
  });
});
