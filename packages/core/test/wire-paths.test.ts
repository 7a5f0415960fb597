import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  type Client,
  ConnectionError,
  createClient,
  createTokenCache,
  defineEndpoint,
  HookError,
  type Hooks,
  type HttpMethod,
  type TransportConfig,
} from '../src/index';
import { createUser, deleteUser, getUser, User } from './helpers';

// An attempt with hooks goes through ofetch (its interceptors run them); one without goes straight to
// fetch. These tests hold the two paths to the same bytes on the wire, request by request.

const TOKEN = 'tok-wire-paths-0123456789';

const upload = defineEndpoint({
  operation: 'upload',
  method: 'POST',
  path: '/files',
  body: v.object({ name: v.string(), file: v.instance(Blob) }),
  contentType: 'multipart',
  response: v.unknown(),
  idempotent: false,
  summary: 'Uploads a file (multipart).',
  docs: 'https://example.test/docs/upload',
});
const search = defineEndpoint({
  operation: 'search',
  method: 'GET',
  path: '/search',
  query: v.object({ q: v.string(), page: v.optional(v.number()) }),
  response: v.unknown(),
  idempotent: true,
  summary: 'Searches.',
  docs: 'https://example.test/docs/search',
});
const moved = defineEndpoint({
  operation: 'moved',
  method: 'GET',
  path: '/moved/{id}',
  response: User,
  idempotent: true,
  summary: 'Gets a user that moved (302 to /users/1).',
  docs: 'https://example.test/docs/moved',
});

// From plain JavaScript: a body declared with `contentType: 'none'`, and a method in lower case.
const noneWithBody = defineEndpoint({
  operation: 'noneWithBody',
  method: 'POST',
  path: '/raw',
  body: v.object({ a: v.number() }),
  contentType: 'none',
  response: v.unknown(),
  idempotent: false,
  summary: 'A body whose content type was declared as none.',
  docs: 'https://example.test/docs/raw',
});
const lowerPatch = defineEndpoint({
  operation: 'lowerPatch',
  method: 'patch' as HttpMethod,
  path: '/users/{id}',
  body: v.object({ name: v.string() }),
  response: v.unknown(),
  idempotent: false,
  summary: 'A PATCH declared in lower case.',
  docs: 'https://example.test/docs/patch',
});

/** One request as it arrived: request line, raw header lines in order, body (multipart boundary made constant). */
function record(req: IncomingMessage, body: string): string {
  const boundary = /boundary=([^;]+)/.exec(req.headers['content-type'] ?? '')?.[1];
  const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
  for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
  const text = `${lines.join('\n')}\n\n${body}`;
  return boundary ? text.split(boundary).join('<boundary>') : text;
}

let url = '';
let received: string[] = [];
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    received.push(record(req, Buffer.concat(chunks).toString('utf8')));
    if (req.url?.startsWith('/moved/')) return void res.writeHead(302, { location: '/users/1' }).end();
    if (req.method === 'DELETE') return void res.writeHead(410).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1","name":"n"}');
  });
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Every kind of request a vendor sends, through `client`; what the server received, in order. */
async function everyKind(client: Client): Promise<string[]> {
  received = [];
  await client.request(getUser, { params: { id: 'u 1/é' } });
  await client.request(getUser, { params: { id: 'u1' } }, { headers: { 'accept-version': '1.19', 'X-Call': 'c' } });
  await client.request(search, { query: { q: 'ann & bob', page: 2 } });
  await client.request(createUser, { body: { name: 'Ann', email: 'ann@example.com', password: 'pw-0123456789' } });
  await client.request(upload, { body: { name: 'a.txt', file: new Blob(['hello'], { type: 'text/plain' }) } });
  await client.request(deleteUser, { params: { id: 'u1' } });
  await client.request(moved, { params: { id: 'u1' } });
  await client.request(noneWithBody, { body: { a: 1 } });
  await client.request(lowerPatch, { params: { id: 'u1' }, body: { name: 'Ann' } });
  return received;
}

const config = (more: Partial<TransportConfig> = {}): TransportConfig => ({
  baseURL: url,
  retryDelay: 5,
  auth: { default: bearer(TOKEN) },
  headers: { 'X-Client': 'from-config' },
  sdk: { name: '@acct/test', version: '0.0.0' },
  ...more,
});

describe('with and without hooks, the same request reaches the server', () => {
  it('sends the same request line, headers in the same order, and body for every kind of request', async () => {
    let runs = 0;
    const observing: Hooks = {
      onRequest: (ctx) => {
        runs++;
        // Reading, and setting a header to the value it already has, changes nothing.
        const accept = ctx.options.headers.get('accept');
        if (accept !== null) ctx.options.headers.set('accept', accept);
      },
      onResponse: () => void runs++,
      onResponseError: () => void runs++,
    };
    const plain = await everyKind(createClient(config()));
    const hooked = await everyKind(createClient(config({ hooks: observing })));
    const perCall = await everyKind(createClient(config({ hooks: { onResponse: () => void runs++ } })));
    // 10 requests (the redirect is one more hop); the hooks ran on every one of them.
    expect(plain).toHaveLength(10);
    expect(runs).toBeGreaterThanOrEqual(10 * 2 + 10);
    expect(hooked).toEqual(plain);
    expect(perCall).toEqual(plain);
    // What both paths send, read once: ofetch added nothing on the hooked one (no second accept or content-type).
    const post = plain.find((r) => r.startsWith('POST /users '))!;
    expect(post.match(/^accept: /gim)).toHaveLength(1);
    expect(post.match(/^content-type: application\/json$/gim)).toHaveLength(1);
    expect(post).toContain(`authorization: Bearer ${TOKEN}`);
    expect(plain.find((r) => r.startsWith('POST /files '))).toMatch(/^content-type: multipart\/form-data; boundary=<boundary>$/m);
    // A JSON body says so whatever its declaration; a method is sent upper-cased (fetch would send `patch`).
    expect(plain.find((r) => r.startsWith('POST /raw '))).toMatch(/^content-type: application\/json$/m);
    expect(plain.some((r) => r.startsWith('PATCH /users/u1 '))).toBe(true);
  });

  it('a fetch wrapper that changes what it is given on one hop does not change the next hop', async () => {
    // One appends to the Headers it is given; one replaces `init.headers` (as some tracing patches do).
    let n = 0;
    const appending = (input: RequestInfo | URL, init: RequestInit) => {
      (init.headers as Headers).append('x-trace', `t${++n}`);
      return globalThis.fetch(input, init);
    };
    const replacing = (input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      headers.append('x-trace', `t${++n}`);
      if (init) init.headers = headers;
      return globalThis.fetch(input, init);
    };
    for (const fetch of [appending, replacing])
      for (const hooks of [undefined, { onResponse: () => {} }]) {
        received = [];
        await createClient(config({ fetch, ...(hooks ? { hooks } : {}) })).request(moved, { params: { id: 'u1' } });
        expect(received).toHaveLength(2);
        expect(received.map((r) => r.match(/^x-trace: .*$/gm))).toEqual([[`x-trace: t${n - 1}`], [`x-trace: t${n}`]]);
      }
  });

  it('fetchOptions reach fetch on both paths', async () => {
    // undici sends `pragma` and `cache-control` for the `no-store` cache mode: visible on the wire.
    const fetchOptions = { cache: 'no-store' };
    const plain = await everyKind(createClient(config({ fetchOptions })));
    const hooked = await everyKind(createClient(config({ fetchOptions, hooks: { onRequest: () => {} } })));
    expect(plain.every((r) => /^pragma: no-cache$/m.test(r) && /^cache-control: no-cache$/m.test(r))).toBe(true);
    expect(hooked).toEqual(plain);
  });

  it('a fetch of the user sees the same method, headers, body and redirect mode on both paths', async () => {
    const seen: string[][] = [];
    const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      seen
        .at(-1)!
        .push(
          JSON.stringify([String(input), init?.method, [...new Headers(init?.headers)], typeof init?.body, init?.redirect, !!init?.signal]),
        );
      return globalThis.fetch(input, init);
    };
    const runs: string[][] = [];
    for (const hooks of [undefined, { onResponse: () => {} }]) {
      seen.push([]);
      await everyKind(createClient(config({ fetch, ...(hooks ? { hooks } : {}) })));
      runs.push(seen.at(-1)!);
    }
    expect(runs[0]).toHaveLength(10);
    expect(runs[1]).toEqual(runs[0]);
  });
});

describe('with and without hooks, a failed fetch fails the call alike', () => {
  it('gives the same ConnectionError for whatever fetch rejects with, and for a refused connection', async () => {
    const refused = createServer();
    await new Promise<void>((resolve) => refused.listen(0, '127.0.0.1', resolve));
    const closedPort = (refused.address() as AddressInfo).port;
    await new Promise<void>((resolve) => refused.close(() => resolve()));
    const failures: unknown[] = [
      'boom',
      new Error('boom'),
      undefined,
      null,
      42,
      new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } }),
      // Core's own errors, not this call's (a wrapper built on another client): never passed on as they are.
      new ConnectionError(`proxy said: Authorization: Bearer ${TOKEN}`, { method: 'GET', url: 'http://other.example/' }),
      new HookError('x: the onRequest hook threw — y'),
      // Values whose reads throw.
      {
        get message(): string {
          throw new Error('getter boom');
        },
      },
      new Proxy(
        {},
        {
          get() {
            throw new Error(`leak ${TOKEN}`);
          },
        },
      ),
      Object.create(null),
    ];
    const shown = async (hooks: Hooks | undefined) => {
      const out: unknown[] = [];
      for (const why of failures) {
        const client = createClient(config({ maxRetries: 0, fetch: async () => Promise.reject(why), ...(hooks ? { hooks } : {}) }));
        const e = await client.request(getUser, { params: { id: '1' } }).catch((e: Error & { code?: string }) => e);
        out.push([e.name, e.message, (e as { code?: string }).code, (e.cause as Error)?.message, (e as { attempts?: number }).attempts]);
      }
      const real = createClient({ baseURL: `http://127.0.0.1:${closedPort}`, maxRetries: 0, ...(hooks ? { hooks } : {}) });
      const e = (await real.request(getUser, { params: { id: '1' } }).catch((e: Error) => e)) as Error;
      out.push([e.name, e.message.replace(String(closedPort), '<port>'), (e as { code?: string }).code]);
      return out;
    };
    const plain = await shown(undefined);
    expect(plain.at(-1)).toEqual(['ConnectionError', expect.stringContaining('connection refused (ECONNREFUSED)'), 'ECONNREFUSED']);
    expect(plain[0]).toEqual(['ConnectionError', expect.stringMatching(/connection failed — boom$/), undefined, 'boom', 1]);
    // Every one is this call's ConnectionError, redacted, with its own operation, URL and attempts.
    for (const [name, message, , , attempts] of plain.slice(0, -1) as [string, string, unknown, unknown, number][]) {
      expect([name, attempts]).toEqual(['ConnectionError', 1]);
      expect(message).toMatch(/^getUser: \[GET\] "http:\/\/127\.0\.0\.1:\d+\/users\/1": connection failed — /);
      expect(message).not.toContain(TOKEN);
    }
    expect((plain[6] as string[])[1]).toMatch(/connection failed — proxy said: Authorization: \[REDACTED\]$/);
    expect(plain.slice(8, 11).map((r) => (r as string[])[1])).toEqual(
      Array(3).fill(expect.stringMatching(/connection failed — (getter boom|an unreadable value)$/)),
    );
    expect(await shown({ onRequest: () => {} })).toEqual(plain);
    expect(await shown({ onRequestError: () => {} })).toEqual(plain);
  });
});

describe('what fetch or the response throws is never passed on as core’s own error', () => {
  const hostile = () =>
    new Proxy(
      {},
      {
        get() {
          throw new Error(`leak ${TOKEN}`);
        },
        getPrototypeOf() {
          throw new Error(`leak ${TOKEN}`);
        },
      },
    );
  const foreign = () => new ConnectionError(`proxy said: token=${TOKEN}`, { method: 'GET', url: 'http://other.example/' });
  const erroring = (why: unknown) =>
    new Response(
      new ReadableStream({
        pull(c) {
          c.error(why);
        },
      }),
      { headers: { 'content-type': 'application/json' } },
    );

  it('a body stream or a getter that throws another client’s error or a hostile value: this call’s ConnectionError, redacted', async () => {
    const responses: (() => unknown)[] = [
      () => erroring(foreign()),
      () => erroring(new HookError('x: the onResponse hook threw — y')),
      () => erroring(hostile()),
      () => ({
        type: 'basic',
        status: 200,
        get headers() {
          throw foreign();
        },
      }),
    ];
    for (const hooks of [undefined, { onRequest: () => {} }, { onResponse: () => {} }])
      for (const respond of responses) {
        const client = createClient(config({ maxRetries: 0, fetch: async () => respond(), ...(hooks ? { hooks } : {}) }));
        const e = await client.request(getUser, { params: { id: '1' } }).catch((e: unknown) => e);
        expect(e).toBeInstanceOf(ConnectionError);
        const { message, url, attempts } = e as ConnectionError;
        expect([message, url, attempts]).toEqual([
          expect.stringMatching(/^getUser: \[GET\] ".*\/users\/1": connection failed — /),
          `${url}`,
          1,
        ]);
        expect(url).toBe(`${config().baseURL}/users/1`);
        expect(JSON.stringify({ message, cause: (e as Error).cause, code: (e as ConnectionError).code })).not.toContain(TOKEN);
      }
  });

  it('a code is kept only when it looks like a socket code, and the text is one bounded line', async () => {
    const cases = [
      Object.assign(new Error('x'), { code: `Bearer ${TOKEN}` }),
      Object.assign(new Error('x'), { code: 'E'.repeat(5_000) }),
      new Error(`line one\n${'y'.repeat(20_000)}`),
      new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) }),
    ];
    const seen = [];
    for (const why of cases) {
      const client = createClient(config({ maxRetries: 0, fetch: async () => Promise.reject(why) }));
      const e = (await client.request(getUser, { params: { id: '1' } }).catch((e: unknown) => e)) as ConnectionError;
      seen.push([e.code, e.message.length < 1_000, e.message.includes('\n'), e.message.includes(TOKEN)]);
    }
    expect(seen).toEqual([
      [undefined, true, false, false],
      [undefined, true, false, false],
      [undefined, true, false, false],
      ['ECONNRESET', true, false, false],
    ]);
  });

  it("a body declared contentType 'none' says JSON unless the call gave its own content type, on both paths", async () => {
    for (const hooks of [undefined, { onRequest: () => {} }]) {
      received = [];
      const client = createClient(config(hooks ? { hooks } : {}));
      await client.request(noneWithBody, { body: { a: 1 } });
      await client.request(noneWithBody, { body: { a: 1 } }, { headers: { 'Content-Type': 'application/merge-patch+json' } });
      await client.request(createUser, { body: { name: 'Ann' } }, { headers: { 'content-type': 'text/plain' } });
      expect(received.map((r) => r.match(/^content-type: .*$/gim))).toEqual([
        ['content-type: application/json'],
        ['Content-Type: application/merge-patch+json'],
        // A JSON endpoint's content type wins over the call's, as it always has.
        ['content-type: application/json'],
      ]);
    }
  });
});

describe('what a hook throws, and codes, cannot get around the rules either', () => {
  it('a hook throwing anything gives this call’s HookError, never retried; hook headers that cannot be read too', async () => {
    const hits = () => received.length;
    const unreadable = {
      get message(): string {
        throw new HookError(`other: the onRequest hook threw — Authorization: Bearer ${TOKEN}`);
      },
    };
    const cases: [string, Hooks, number][] = [
      ['onRequest throws Object.create(null)', { onRequest: () => Promise.reject(Object.create(null)) }, 0],
      ['onResponse throws Object.create(null)', { onResponse: () => Promise.reject(Object.create(null)) }, 1],
      ['onRequest throws an error whose message getter throws', { onRequest: () => Promise.reject(unreadable) }, 0],
      [
        'onRequest replaces options.headers with a plain object',
        {
          onRequest: (ctx) => {
            (ctx.options as { headers: unknown }).headers = { traceparent: '00-x' };
          },
        },
        0,
      ],
    ];
    const seen = [];
    for (const [name, hooks, sent] of cases) {
      received = [];
      const client = createClient(config({ hooks }));
      const e = (await client.request(getUser, { params: { id: '1' } }).catch((e: unknown) => e)) as HookError;
      seen.push([
        name,
        e instanceof HookError,
        e.attempts,
        hits() === sent,
        e.message.includes(TOKEN),
        e.message.startsWith('getUser: the '),
      ]);
    }
    // An onRequest hook's failure means nothing was sent: 0 attempts (HookError.beforeSend).
    expect(seen).toEqual(cases.map(([name, , sent]) => [name, true, sent, true, false, true]));
  });

  it('the innermost code decides, and a code that is a known secret is dropped', async () => {
    const KEY = 'AKIAIOSFODNN7EXAMPLE';
    let calls = 0;
    const rejecting = (why: unknown) => async () => {
      calls++;
      throw why;
    };
    // A wrapper's refusal around a reset after sending: the reset decides, so the POST is not sent again.
    const chain = Object.assign(new Error('failover'), {
      code: 'ECONNREFUSED',
      cause: Object.assign(new Error('reset after send'), { code: 'econnreset' }),
    });
    const post = createClient(config({ fetch: rejecting(chain) }));
    const e1 = (await post.request(createUser, { body: { name: 'Ann' } }).catch((e: unknown) => e)) as ConnectionError;
    expect([e1.code, calls, e1.message.endsWith('connection failed — reset after send')]).toEqual([undefined, 1, true]);
    const keyed = createClient(
      config({ auth: { default: bearer(KEY) }, maxRetries: 0, fetch: rejecting(Object.assign(new Error('x'), { code: KEY })) }),
    );
    const e2 = (await keyed.request(getUser, { params: { id: '1' } }).catch((e: unknown) => e)) as ConnectionError;
    expect(e2.code).toBeUndefined();
    expect(JSON.stringify(e2)).not.toContain(KEY);
  });
});

describe('what a fetch wrapper does to a POST does not change what core does next', () => {
  it('a wrapper that signs or moves the authorization header in place: a 401 still renews the token that was sent', async () => {
    // Accepts only token B, wherever the wrapper put it: a 401 until the token is renewed.
    const strict = createServer((req, res) => {
      req.resume();
      const said = `${req.headers.authorization ?? ''} ${req.headers['x-moved-auth'] ?? ''}`;
      const ok = said.includes('tok-B-0123456789');
      res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' }).end(ok ? '{"id":"1","name":"n"}' : '{}');
    });
    await new Promise<void>((resolve) => strict.listen(0, '127.0.0.1', resolve));
    const baseURL = `http://127.0.0.1:${(strict.address() as AddressInfo).port}`;
    const wrappers: [string, (h: Headers) => void][] = [
      ['signs', (h) => h.set('authorization', `Signed ${h.get('authorization')}`)],
      [
        'moves',
        (h) => {
          h.set('x-moved-auth', h.get('authorization') ?? '');
          h.delete('authorization');
        },
      ],
    ];
    try {
      for (const [name, change] of wrappers)
        for (const hooks of [undefined, { onResponse: () => {} }]) {
          let logins = 0;
          const tokens = ['tok-A-0123456789', 'tok-B-0123456789'];
          const fetch = (input: RequestInfo | URL, init: RequestInit) => {
            change(init.headers as Headers);
            return globalThis.fetch(input, init);
          };
          const cache = createTokenCache(async () => ({ token: tokens[logins++]!, expiresAt: Date.now() + 3_600_000 }));
          const client = createClient(
            config({ baseURL, auth: { default: bearer(cache) }, maxRetries: 0, fetch, ...(hooks ? { hooks } : {}) }),
          );
          const outcome = await client.request(createUser, { body: { name: 'Ann' } }).then(
            () => 'ok',
            (e: Error) => e.name,
          );
          expect([name, !!hooks, outcome, logins]).toEqual([name, !!hooks, 'ok', 2]);
        }
    } finally {
      await new Promise<void>((resolve) => strict.close(() => resolve()));
    }
  });

  it('hooks that are keys without functions are no hooks: the attempt goes straight to fetch', async () => {
    const keys: string[][] = [];
    const fetch = (input: RequestInfo | URL, init: RequestInit) => {
      keys.push(Object.keys(init).sort());
      return globalThis.fetch(input, init);
    };
    for (const hooks of [{ onRequest: undefined }, { onResponse: [] }, {}] as Hooks[])
      await createClient(config({ fetch, hooks })).request(getUser, { params: { id: '1' } });
    expect(keys).toEqual(Array(3).fill(['body', 'headers', 'method', 'redirect', 'signal']));
  });
});
