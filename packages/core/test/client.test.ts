import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, createClient, defineEndpoint, paginate, RequestValidationError } from '../src/index';
import { clientFor, createUser, deleteUser, getUser, serve } from './helpers';

describe('client', () => {
  it('gives status and headers with withResponse, and plain data otherwise', async () => {
    const server = await serve((_req, res) =>
      res.writeHead(201, { 'content-type': 'application/json', 'x-rate': '9' }).end('{"id":"1","name":"n"}'),
    );
    const created = defineEndpoint({ ...createUser, success: [201] });
    const client = clientFor(server);
    await expect(client.request(created, { body: { name: 'ann' } })).resolves.toEqual({ id: '1', name: 'n' });
    const res = await client.request(created, { body: { name: 'ann' } }).withResponse();
    expect(res.status).toBe(201);
    expect(res.headers.get('x-rate')).toBe('9');
    expect(res.data).toEqual({ id: '1', name: 'n' });
    expect(res.attempts).toBe(1);
  });

  it('treats the documented statuses (410 Gone) and any 2xx as success, nothing else', async () => {
    const statuses = [410, 200, 204, 299, 400, 304];
    const server = await serve((_req, res, n) => res.writeHead(statuses[n]!).end());
    const client = clientFor(server, { maxRetries: 0 });
    for (let i = 0; i < 4; i++) await expect(client.request(deleteUser, { params: { id: 'me' } })).resolves.toBeUndefined();
    await expect(client.request(deleteUser, { params: { id: 'me' } })).rejects.toMatchObject({ status: 400 });
    await expect(client.request(deleteUser, { params: { id: 'me' } })).rejects.toMatchObject({ status: 304, name: 'ApiError' });
  });

  it('reads an undocumented 2xx with the response schema, and runs no onResponseError hook for it', async () => {
    const server = await serve((_req, res, n) =>
      n === 0 ? res.writeHead(201, { 'content-type': 'application/json' }).end('{"id":"1","name":"n"}') : res.writeHead(204).end(),
    );
    const errors: number[] = [];
    const client = clientFor(server, { hooks: { onResponseError: (ctx) => void errors.push(ctx.status ?? 0) } });
    await expect(client.request(getUser, { params: { id: '1' } })).resolves.toEqual({ id: '1', name: 'n' });
    // A 2xx without the body the schema promises is still a typed mismatch, never data made up.
    await expect(client.request(getUser, { params: { id: '1' } })).rejects.toMatchObject({ name: 'ResponseValidationError', status: 204 });
    expect(errors).toEqual([]);
  });

  it('merges default, per-call and content headers; sends Accept JSON', async () => {
    const server = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1","name":"n"}'));
    const client = clientFor(server, { headers: { 'Accept-Version': '1.19', 'X-Both': 'client' } });
    await client.request(createUser, { body: { name: 'ann' } }, { headers: { 'x-both': 'call', 'accept-version': '1.20' } });
    expect(server.requests[0]!.headers).toMatchObject({
      'accept-version': '1.20',
      'x-both': 'call',
      accept: 'application/json',
      'content-type': 'application/json',
    });
    expect(server.requests[0]!.json).toEqual({ name: 'ann' });
  });

  it('serialises query parameters', async () => {
    const server = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('[]'));
    const list = defineEndpoint({
      operation: 'list',
      method: 'GET',
      path: '/list',
      query: v.object({ tag: v.optional(v.array(v.string())), q: v.optional(v.string()), n: v.optional(v.number()) }),
      response: v.array(v.unknown()),
      idempotent: true,
      summary: 's',
      docs: 'd',
    });
    await clientFor(server).request(list, { query: { tag: ['a', 'b c'], q: 'x&y=z', n: 3 } });
    expect(server.requests[0]!.query).toEqual({ tag: ['a', 'b c'], q: 'x&y=z', n: '3' });
  });

  it('sends multipart/form-data with a named file part', async () => {
    const server = await serve((_req, res) => res.writeHead(201).end());
    const upload = defineEndpoint({
      operation: 'upload',
      method: 'POST',
      path: '/avatar/',
      body: v.object({ file: v.object({ data: v.instance(Uint8Array), filename: v.string(), contentType: v.string() }) }),
      contentType: 'multipart',
      success: [201],
      idempotent: false,
      summary: 's',
      docs: 'd',
    });
    await clientFor(server).request(upload, {
      body: { file: { data: new Uint8Array([137, 80, 78, 71]), filename: 'me.png', contentType: 'image/png' } },
    });
    const req = server.requests[0]!;
    expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(new Uint8Array(req.raw), { headers: { 'content-type': req.headers['content-type']! } }).formData();
    const file = form.get('file') as File;
    expect(file.name).toBe('me.png');
    expect(file.type).toBe('image/png');
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([137, 80, 78, 71]);
  });

  it('refuses bad options with ConfigurationError', () => {
    expect(() => createClient({ baseURL: 'not a url' })).toThrow(ConfigurationError);
    expect(() => createClient({ baseURL: 'ftp://x' })).toThrow(/baseURL/);
    expect(() => createClient({ baseURL: 'http://x', timeout: -1 })).toThrow(/timeout/);
    expect(() => createClient({ baseURL: 'http://x', maxRetries: 1.5 })).toThrow(/maxRetries/);
    expect(() => createClient({ baseURL: 'http://x', fetch: 'no' as never })).toThrow('createClient: `fetch` must be a function');
    expect(() => createClient(undefined as never)).toThrow(ConfigurationError);
  });

  it.each([
    ['a zero timeout', { timeout: 0 }, 'options.timeout'],
    ['a fractional maxRetries', { maxRetries: 0.5 }, 'options.maxRetries'],
    ['a signal that is not an AbortSignal', { signal: 'stop' }, 'options.signal'],
    ['non-string headers', { headers: { 'x-n': 1 } }, 'options.headers.x-n'],
    ['a string instead of options', 'fast', 'options'],
    ['null instead of options', null, 'options'],
  ])('refuses %s before sending, as RequestValidationError', async (_name, options, path) => {
    const server = await serve((_req, res) => res.end());
    const error = await clientFor(server)
      .request(getUser, { params: { id: '1' } }, options as never)
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.issues.map((i: { path: string }) => i.path)).toEqual([path]);
    expect(server.requests).toHaveLength(0);
  });

  it('uses a custom fetch', async () => {
    const server = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1","name":"n"}'));
    const seen: string[] = [];
    const client = clientFor(server, {
      fetch: (input, init) => {
        seen.push(String(input));
        return fetch(input, init);
      },
    });
    await client.request(getUser, { params: { id: '1' } });
    expect(seen).toEqual([`${server.url}/users/1`]);
  });

  it('logs a summary of each request and response, and survives a throwing logger', async () => {
    const server = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1","name":"n"}'));
    const lines: string[] = [];
    await clientFor(server, { logger: { debug: (m) => lines.push(m) } }).request(getUser, { params: { id: '1' } });
    expect(lines).toEqual([`→ [GET] ${server.url}/users/1`, `← [GET] ${server.url}/users/1: 200`]);
    const throwing = clientFor(server, {
      logger: {
        debug: () => {
          throw new Error('logger down');
        },
      },
    });
    await expect(throwing.request(getUser, { params: { id: '1' } })).resolves.toBeDefined();
  });
});

describe('paginate', () => {
  it('walks offset/size pages, one request per page, and stops at a short page', async () => {
    const all = Array.from({ length: 25 }, (_, i) => i);
    const requested: [number, number][] = [];
    const seen: number[] = [];
    for await (const item of paginate(
      async ({ offset, size }) => {
        requested.push([offset, size]);
        return all.slice(offset, offset + size);
      },
      { pageSize: 10 },
    )) {
      seen.push(item);
      // Lazy: the next page is requested only once this one is consumed.
      expect(requested.length).toBe(Math.floor(item / 10) + 1);
    }
    expect(seen).toEqual(all);
    expect(requested).toEqual([
      [0, 10],
      [10, 10],
      [20, 10],
    ]);
  });

  it('makes one extra request when the total is a multiple of the page size, and stops on break', async () => {
    const requested: number[] = [];
    const fetchPage = async ({ offset }: { offset: number }) => {
      requested.push(offset);
      return offset < 20 ? [offset, offset + 1] : [];
    };
    const items: number[] = [];
    for await (const i of paginate(fetchPage, { pageSize: 2, offset: 16 })) items.push(i);
    expect(items).toEqual([16, 17, 18, 19]);
    expect(requested).toEqual([16, 18, 20]);
    requested.length = 0;
    for await (const _ of paginate(fetchPage, { pageSize: 2 })) break;
    expect(requested).toEqual([0]);
  });

  it('refuses a bad page size', async () => {
    const it = paginate(async () => [], { pageSize: 0 });
    await expect(it.next()).rejects.toBeInstanceOf(RequestValidationError);
  });
});
