import { inspect } from 'node:util';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  AcctError,
  ApiError,
  bearer,
  ConfigurationError,
  ConnectionError,
  createRedactor,
  defineEndpoint,
  REDACTED,
  RedirectError,
  RequestValidationError,
  ResponseValidationError,
  thrownLine,
} from '../src/index';
import { MAX_ISSUES } from '../src/internal/validate';
import { clientFor, createUser, getUser, serve } from './helpers';

// Findings of an outside review (a hostile server and a careless caller), one test each.

const listUsers = defineEndpoint({
  operation: 'listUsers',
  method: 'GET',
  path: '/users',
  response: v.array(v.looseObject({ id: v.string(), name: v.string() })),
  idempotent: true,
  summary: 'Lists users.',
  docs: 'https://example.test/docs/list-users',
});

describe('a response that fails in every item', () => {
  it('stops listing issues after MAX_ISSUES: 200 000 failing items cannot flood the error', async () => {
    const body = `[${new Array(200_000).fill('0').join(',')}]`;
    const server = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
    const error = await clientFor(server)
      .request(listUsers, {})
      .catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.issues.length).toBe(MAX_ISSUES + 1);
    expect(error.issues[0]).toEqual({ path: '0', message: 'Invalid type: Expected Object but received 0' });
    expect(error.issues.at(-1)).toEqual({ path: '(root)', message: 'further issues are not listed' });
    expect(error.message.length).toBeLessThan(2000);
  });

  it('still lists every issue of a value that fails in a few places', async () => {
    const server = await serve((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('[{"id":1,"name":"a"},{"id":"2","name":2}]'),
    );
    const error = await clientFor(server)
      .request(listUsers, {})
      .catch((e) => e);
    expect(error.issues.map((i: { path: string }) => i.path)).toEqual(['0.id', '1.name']);
  });
});

describe('a credential longer than a regular expression can hold', () => {
  const long = `tokSECRET${'a'.repeat(40_000)}`;

  it('is redacted, and redaction never throws', () => {
    const redactor = createRedactor([long, `Bearer ${long}`, 'short-secret']);
    expect(redactor.text(`x Bearer ${long} y short-secret ${encodeURIComponent(`Bearer ${long}`)}`)).toBe(
      `x ${REDACTED} y ${REDACTED} ${REDACTED}`,
    );
  });

  it('an error on a call with it is typed and redacted, the call after it too', async () => {
    // Node's server answers 431 to a 40 KB header: the error's message is redacted with the token registered.
    const server = await serve((_req, res) =>
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ message: `bad Bearer ${long}` })),
    );
    const client = clientFor(server, { auth: { default: bearer(long) }, maxRetries: 0 });
    for (let i = 0; i < 2; i++) {
      const error = await client.request(getUser, { params: { id: '1' } }).catch((e) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(inspect(error, { depth: 5 }) + JSON.stringify(error)).not.toContain('tokSECRET');
    }
    const echoed = await clientFor(server, { secrets: [long], maxRetries: 0 })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(echoed.status).toBe(500);
    expect(echoed.message).toContain(`bad Bearer ${REDACTED}`);
    expect(JSON.stringify(echoed.body)).not.toContain('tokSECRET');
  });
});

describe('a status text that echoes the credential', () => {
  const token = 'sk-live-status-text-0123';
  const echo = (status: number, headers: Record<string, string> = {}) =>
    serve((req, res) => res.writeHead(status, `Denied for ${req.headers.authorization}`, headers).end());

  it('is redacted on an ApiError, its JSON and inspect output', async () => {
    const server = await echo(500);
    const error = await clientFor(server, { auth: { default: bearer(token) }, maxRetries: 0 })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.statusText).toBe(`Denied for ${REDACTED}`);
    expect(inspect(error, { depth: 5 }) + JSON.stringify(error) + error.message).not.toContain(token);
  });

  it('is redacted on a RedirectError and in what an onResponse hook sees', async () => {
    const server = await echo(302, { location: 'https://elsewhere.example/' });
    const seen: string[] = [];
    const error = await clientFor(server, {
      auth: { default: bearer(token) },
      hooks: { onResponse: (ctx) => void seen.push(ctx.response?.statusText ?? '') },
    })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.statusText).toBe(`Denied for ${REDACTED}`);
    expect(seen).toEqual([`Denied for ${REDACTED}`]);
  });
});

describe('what the caller gave, in a request validation error', () => {
  it('never quotes a string given where an object goes (a password in the wrong place)', async () => {
    const server = await serve((_req, res) => res.end('{}'));
    const error = await clientFor(server)
      .request(createUser, { body: 'Current-Pw-111' as never })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.issues).toEqual([{ path: 'body', message: 'Invalid type: Expected Object but received a string' }]);
    expect(inspect(error, { depth: 5 }) + JSON.stringify(error) + error.message).not.toContain('Current-Pw-111');
    expect(server.requests).toHaveLength(0);
  });

  it('keeps a 10 MB or multi-line string out of the message: one bounded line', async () => {
    const server = await serve((_req, res) => res.end('{}'));
    const error = await clientFor(server)
      .request(createUser, { body: { name: 7 as never, email: `a\r\n[INFO] forged ${'x'.repeat(10_000_000)}` } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).not.toMatch(/[\r\n]/);
    expect(error.message.length).toBeLessThan(1000);
    expect(error.issues).toEqual([
      { path: 'body.name', message: 'Invalid type: Expected string but received 7' },
      { path: 'body.email', message: 'Invalid email: Received a string' },
    ]);
  });
});

describe('options a call or a client cannot use', () => {
  it('refuses a misspelt call option or an argument the method does not take, before sending', async () => {
    const server = await serve((_req, res) => res.end('{"id":"1","name":"n"}'));
    const client = clientFor(server);
    for (const options of [{ timout: 1 }, { user_id: 'someone-else' }]) {
      const error = await client.request(getUser, { params: { id: '1' } }, options as never).catch((e) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect(error.issues[0].message).toMatch(/^Unknown option: expected signal, timeout, maxRetries/);
    }
    expect(server.requests).toHaveLength(0);
    await expect(client.request(getUser, { params: { id: '1' } }, { timeout: 1000 })).resolves.toEqual({ id: '1', name: 'n' });
  });

  it('refuses a base URL with a line break, a tab or a space, without echoing it', async () => {
    for (const baseURL of ['http://127.0.0.1:1/api\r\n/v2', 'http://127.0.0.1:1/ev\tent', 'http://127.0.0.1:1/a b']) {
      let error: unknown;
      try {
        clientFor({ url: baseURL } as never);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toContain('must not contain whitespace or control characters');
      expect((error as Error).message).not.toContain('/api');
    }
  });

  it('refuses the headers the transport sets, on the client and on a call', async () => {
    const server = await serve((_req, res) => res.end('{"id":"1","name":"n"}'));
    for (const name of ['transfer-encoding', 'Content-Length', 'expect', 'keep-alive', 'upgrade']) {
      expect(() => clientFor(server, { headers: { [name]: '3' } })).toThrow(ConfigurationError);
      const error = await clientFor(server)
        .request(getUser, { params: { id: '1' } }, { headers: { [name]: '3' } })
        .catch((e) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
    }
    expect(server.requests).toHaveLength(0);
  });
});

describe('a custom fetch that does not resolve to a Response', () => {
  it('is this call’s ConnectionError saying so, with hooks or without', async () => {
    for (const hooks of [undefined, { onRequest: () => {} }]) {
      for (const answer of [undefined, {}, 'text']) {
        const client = clientFor({ url: 'http://127.0.0.1:1' } as never, { fetch: (async () => answer) as never, hooks, maxRetries: 0 });
        const error = await client.request(getUser, { params: { id: '1' } }).catch((e) => e);
        expect(error).toBeInstanceOf(ConnectionError);
        expect(error).toBeInstanceOf(AcctError);
        if (!hooks) expect(error.message).toContain('the fetch function did not resolve to a Response');
      }
    }
  });
});

describe('thrownLine, for vendor packages that say why something could not be read', () => {
  it('is the first line of what was thrown, at most 200 characters, and never throws', () => {
    expect(thrownLine(new Error(`first ${'x'.repeat(300)}\nsecond`))).toBe(`first ${'x'.repeat(194)}`);
    expect(thrownLine('a\nb')).toBe('a');
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    );
    expect(thrownLine(hostile)).toBe('an unreadable value');
    expect(thrownLine(Object.create(null))).toBe('an unreadable value');
  });
});

describe('second review of this round', () => {
  it('redacts a status text before cutting it: no half of a secret is left in the message', async () => {
    const key = `sk_live_${'A1b2C3d4'.repeat(8)}`;
    const server = await serve((_req, res) => res.writeHead(403, `Denied for ${key}`).end());
    const error = await clientFor(server, { secrets: [key] })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error.statusText).toBe(`Denied for ${REDACTED}`);
    expect(error.message).toContain(`403 Denied for ${REDACTED}`);
    expect(error.message).not.toContain('sk_live_');
  });

  it('a fetch double without a statusText still gives the typed error, on a client with secrets', async () => {
    const double = (async () => ({ status: 404, headers: new Headers(), body: null })) as never;
    const error = await clientFor({ url: 'http://127.0.0.1:1' } as never, { fetch: double, secrets: ['supersecretkey'] })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(404);
    expect(error.statusText).toBe('');
  });

  it('keeps a caller key with a line break on one line of the message', async () => {
    const server = await serve((_req, res) => res.end('{}'));
    const error = await clientFor(server)
      .request(getUser, { params: { id: '1' } }, { 'a\nFORGED': 5 } as never)
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).not.toMatch(/[\r\n]/);
  });

  it('says the length received (not a caller string) in a length issue', async () => {
    const server = await serve((_req, res) => res.end('{}'));
    const error = await clientFor(server)
      .request(createUser, { body: { name: 'a' } })
      .catch((e) => e);
    expect(error.issues).toEqual([{ path: 'body.name', message: 'Invalid length: Expected >=2 but received 1' }]);
  });

  it('checks in full a value that passed once abortEarly turned on: a variant keeps its first typed option', async () => {
    const A = v.object({ kind: v.literal('x'), n: v.pipe(v.number(), v.minValue(10)) });
    const B = v.object({ kind: v.literal('x'), n: v.number() });
    const schema = v.object({ list: v.array(v.union([v.string(), v.number()])), item: v.variant('kind', [A, B]) });
    const post = defineEndpoint({ operation: 'post', method: 'POST', path: '/p', body: schema, idempotent: true, summary: 's', docs: 'd' });
    const server = await serve((_req, res) => res.end());
    for (const n of [10, 500]) {
      const body = { list: new Array(n).fill(1), item: { kind: 'x', n: 5 } };
      expect(v.safeParse(schema, body).success).toBe(false);
      const error = await clientFor(server)
        .request(post, { body } as never)
        .catch((e) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
    }
    expect(server.requests).toHaveLength(0);
  });
});
