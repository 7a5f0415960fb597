import { inspect } from 'node:util';
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  apiKeyHeader,
  CORE_VERSION,
  ConfigurationError,
  createClient,
  defineEndpoint,
  type JsonValue,
  jsonValue,
  RequestValidationError,
} from '../src/index';
import { clientFor, getUser, serve } from './helpers';

const SECRET = 'pw-0123456789-secret';
const track = defineEndpoint({
  operation: 'track',
  method: 'POST',
  path: '/track',
  body: v.strictObject({ info: v.optional(jsonValue()) }),
  idempotent: true,
  summary: 'Free-form body.',
  docs: 'https://example.test/track',
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('client options are bounded and refused before anything is sent', () => {
  it.each([
    ['timeout beyond the timer range', { timeout: 3e9 }, 'timeout'],
    ['timeout MAX_SAFE_INTEGER', { timeout: Number.MAX_SAFE_INTEGER }, 'timeout'],
    ['maxRetryDelay Infinity', { maxRetryDelay: Number.POSITIVE_INFINITY }, 'maxRetryDelay'],
    ['retryDelay NaN', { retryDelay: Number.NaN }, 'retryDelay'],
    ['baseURL with userinfo', { baseURL: `http://admin:${SECRET}@127.0.0.1/api` }, 'baseURL'],
    ['baseURL with a query secret', { baseURL: `http://127.0.0.1/api?api_key=${SECRET}` }, 'baseURL'],
    ['baseURL with a fragment', { baseURL: 'http://127.0.0.1/api#x' }, 'baseURL'],
    ['a header value with CR/LF', { headers: { 'x-key': `${SECRET}\r\nx-evil: 1` } }, 'headers'],
    ['a header value outside Latin-1', { headers: { 'x-key': `${SECRET}\u2028` } }, 'headers'],
    ['a logLevel that does not exist', { logLevel: 'loud' }, 'logLevel'],
  ])('%s → ConfigurationError without the secret', (_name, options, field) => {
    let error: unknown;
    try {
      createClient({ baseURL: 'http://127.0.0.1:1', ...(options as object) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain(`\`${field}`);
    expect(`${(error as Error).message}${inspect(error)}`).not.toContain(SECRET);
  });

  it('refuses a bad header value per call as RequestValidationError, secret not echoed', async () => {
    const server = await serve((_req, res) => res.end());
    const error = await clientFor(server)
      .request(getUser, { params: { id: '1' } }, { headers: { 'x-token': `${SECRET}\n` } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.attempts).toBe(0);
    expect(`${error.message}${inspect(error)}`).not.toContain(SECRET);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a credential with a line break with a typed error, not a raw TypeError quoting it', async () => {
    const server = await serve((_req, res) => res.end());
    const error = await clientFor(server, { auth: { default: apiKeyHeader('X-Key', () => `${SECRET}\r\nx-evil: 1`) } })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(`${error.message}${inspect(error)}`).not.toContain(SECRET);
    expect(server.requests).toHaveLength(0);
  });
});

describe('bodies are encoded once, before sending', () => {
  it.each([
    ['a BigInt', { n: 10n }],
    [
      'a cycle',
      (() => {
        const o: Record<string, unknown> = {};
        o.self = o;
        return o;
      })(),
    ],
    [
      'a throwing toJSON',
      {
        toJSON: () => {
          throw new Error(`no ${SECRET}`);
        },
      },
    ],
  ])('%s → RequestValidationError, attempts 0, nothing sent', async (_name, info) => {
    const server = await serve((_req, res) => res.end());
    const error = await clientFor(server, { secrets: [SECRET] })
      .request(track, { body: { info: info as never } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.attempts).toBe(0);
    expect(error.message).toMatch(/^track: \[POST\] .*body: Cannot be encoded as JSON/);
    expect(error.message).not.toContain(SECRET);
    expect(server.requests).toHaveLength(0);
  });

  it('runs toJSON once per call, not per attempt, and sends free-form values verbatim', async () => {
    const server = await serve((_req, res, n) => res.writeHead(n === 0 ? 503 : 200).end());
    let calls = 0;
    const info = { list: [1, 'a', null, { deep: [true] }], when: { toJSON: () => `t${++calls}` } } as unknown as JsonValue;
    await clientFor(server).request(track, { body: { info } });
    expect(calls).toBe(1);
    expect(server.requests.map((r) => r.json)).toEqual([
      { info: { list: [1, 'a', null, { deep: [true] }], when: 't1' } },
      { info: { list: [1, 'a', null, { deep: [true] }], when: 't1' } },
    ]);
  });
});

describe('observability', () => {
  it('sends a User-Agent naming the SDK, core and the runtime', async () => {
    const server = await serve((_req, res) => res.end('{"id":"1","name":"n"}'));
    await clientFor(server, { sdk: { name: '@acct/example', version: '1.2.3' } }).request(getUser, { params: { id: '1' } });
    expect(server.requests[0]!.headers['user-agent']).toBe(`@acct/example/1.2.3 core/${CORE_VERSION} node/${process.versions.node}`);
  });

  it('logs to the console at ACCT_LOG level, redacted, and not below it', async () => {
    vi.stubEnv('ACCT_LOG', 'warn');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const server = await serve((_req, res, n) => res.writeHead(n === 0 ? 503 : 200).end('{"id":"1","name":"n"}'));
    await clientFor(server, { secrets: [SECRET] }).request(getUser, { params: { id: SECRET } });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(debug).not.toHaveBeenCalled();
    expect(String(warn.mock.calls[0]![0])).toMatch(/^getUser: \[GET\] .*\[REDACTED\].*503.* — retry 1 of 2/);
  });

  it('logLevel off silences a given logger; logLevel debug logs every attempt', async () => {
    const server = await serve((_req, res) => res.end('{"id":"1","name":"n"}'));
    const lines: string[] = [];
    const logger = { debug: (m: string) => void lines.push(m) };
    await clientFor(server, { logger, logLevel: 'off' }).request(getUser, { params: { id: '1' } });
    expect(lines).toEqual([]);
    await clientFor(server, { logger, logLevel: 'debug' }).request(getUser, { params: { id: '1' } });
    expect(lines).toHaveLength(2);
  });

  it('passes fetchOptions through to fetch (an undici dispatcher, for a proxy)', async () => {
    const server = await serve((_req, res) => res.end('{"id":"1","name":"n"}'));
    let seen: unknown;
    // A stand-in for undici's fetch: it takes the dispatcher off (Node's global fetch would check it is an undici Agent).
    const fetch = (input: string, init: RequestInit & { dispatcher?: unknown }) => {
      const { dispatcher, ...rest } = init;
      seen = dispatcher;
      return globalThis.fetch(input, rest);
    };
    await clientFor(server, { fetch, fetchOptions: { dispatcher: 'proxy-agent' } }).request(getUser, { params: { id: '1' } });
    expect(seen).toBe('proxy-agent');
  });
});

describe('error shape', () => {
  it('carries operation, elapsed time, request id (also on withResponse) and a curated header set in JSON and inspect', async () => {
    const server = await serve((_req, res, n) =>
      res
        .writeHead(n === 0 ? 200 : 404, {
          'content-type': 'application/json',
          'x-request-id': `req-${n}`,
          'access-control-allow-origin': '*',
          'x-ratelimit-remaining': '9',
        })
        .end('{"id":"1","name":"n"}'),
    );
    const client = clientFor(server);
    await expect(client.request(getUser, { params: { id: '1' } }).withResponse()).resolves.toMatchObject({ requestId: 'req-0' });
    const error = await client.request(getUser, { params: { id: '1' } }).catch((e) => e);
    expect(error).toMatchObject({ operation: 'getUser', method: 'GET', attempts: 1, requestId: 'req-1' });
    expect(error.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(error.message).toMatch(/^getUser: \[GET\] ".*\/users\/1": 404 Not Found.*\(request id req-1\)$/);
    expect(error.headers['access-control-allow-origin']).toBe('*'); // still readable
    const json = JSON.parse(JSON.stringify(error));
    expect(json.headers).toMatchObject({ 'content-type': 'application/json', 'x-request-id': 'req-1', 'x-ratelimit-remaining': '9' });
    expect(json.headers['access-control-allow-origin']).toBeUndefined();
    expect(inspect(error)).not.toContain('access-control-allow-origin');
    expect(inspect(error)).toContain("operation: 'getUser'");
  });

  it('names the URL and the operation of a refused input', async () => {
    const server = await serve((_req, res) => res.end());
    const error = await clientFor(server)
      .request(getUser, { params: { id: '' } })
      .catch((e) => e);
    expect(error).toMatchObject({ operation: 'getUser', method: 'GET', url: `${server.url}/users/{id}`, attempts: 0 });
  });
});

describe('client headers', () => {
  it('a header given twice in different case is sent once, with the later value', async () => {
    const server = await serve((_req, res) => res.end('{"id":"1","name":"n"}'));
    await clientFor(server, { headers: { 'accept-version': '1.19', 'Accept-Version': '1.18' } }).request(getUser, { params: { id: '1' } });
    expect(server.requests[0]!.headers['accept-version']).toBe('1.18');
  });
});
