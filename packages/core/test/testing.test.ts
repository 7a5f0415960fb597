import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { bearer, createClient, defineEndpoint } from '../src/index';
import { createMockFetch, createMockServer, defineMock, type Exchange, matchRequest, mockRequest } from '../src/testing/index';

const exchanges: Exchange[] = [
  {
    request: { method: 'POST', path: '/v1/login', body: { username: '{{username}}', password: '{{password}}' } },
    response: { status: 200, body: { token: '{{token}}' } },
  },
  {
    request: { method: 'GET', path: '/v1/users/42', headers: { authorization: 'Bearer {{token}}' } },
    response: { status: 404, headers: { 'content-type': 'text/html' }, text: '<h1>gone</h1>' },
  },
  {
    request: { method: 'GET', path: '/v1/users/42', headers: { authorization: 'Bearer {{token}}' } },
    response: { status: 200, body: { id: '42', name: 'Ann' } },
  },
];

const getUser = defineEndpoint({
  operation: 'getUser',
  method: 'GET',
  path: '/users/{id}',
  response: v.looseObject({ id: v.string(), name: v.string() }),
  idempotent: true,
  summary: 's',
  docs: 'd',
});

describe('mocks for users’ tests', () => {
  it('createMockServer: successes first, any credential value, CORS, problems for the unmatched', async () => {
    const server = await createMockServer(exchanges);
    try {
      const client = createClient({ baseURL: `${server.url}/v1`, auth: { default: bearer('whatever-token') } });
      await expect(client.request(getUser, { params: { id: '42' } })).resolves.toEqual({ id: '42', name: 'Ann' });
      const login = await fetch(`${server.url}/v1/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"username":"u","password":"p"}',
      });
      expect(await login.json()).toEqual({ token: 'mock-token' });
      expect(login.headers.get('access-control-allow-origin')).toBe('*');
      const preflight = await fetch(`${server.url}/v1/users/42`, {
        method: 'OPTIONS',
        headers: { 'access-control-request-headers': 'authorization' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization');
      const missing = await client.request(getUser, { params: { id: '7' } }).catch((e) => e);
      expect(missing.status).toBe(599);
      expect(server.problems).toEqual([expect.stringContaining('no fixture matches GET /v1/users/7')]);
      expect(server.requests).toHaveLength(3); // the preflight is answered before matching
    } finally {
      await server.close();
    }
  });

  it('createMockFetch answers without a network; with credentials the headers must match exactly', async () => {
    const fetch = createMockFetch(exchanges, { credentials: { token: 'tok-1' } });
    const good = createClient({ baseURL: 'http://mock.invalid/v1', fetch, auth: { default: bearer('tok-1') } });
    await expect(good.request(getUser, { params: { id: '42' } })).resolves.toEqual({ id: '42', name: 'Ann' });
    const bad = createClient({ baseURL: 'http://mock.invalid/v1', fetch, auth: { default: bearer('tok-2') }, maxRetries: 0 });
    await expect(bad.request(getUser, { params: { id: '42' } })).rejects.toMatchObject({ status: 599 });
    expect(fetch.problems).toHaveLength(1);
  });

  it('defineMock gives a vendor package its two mocks, with the base path', async () => {
    const mock = defineMock([{ operation: 'getUser', name: '200', file: 'get-user.200.json', exchanges }], '/v1');
    const server = await mock.createMockServer();
    try {
      expect(server.baseURL).toBe(`${server.url}/v1`);
      const client = createClient({ baseURL: server.baseURL, auth: { default: bearer('t-1234') } });
      await expect(client.request(getUser, { params: { id: '42' } })).resolves.toMatchObject({ name: 'Ann' });
    } finally {
      await server.close();
    }
    expect(mock.createMockFetch().baseURL).toBe('http://mock.invalid/v1');
  });

  it('matchRequest names what differs: method, path, query, headers, JSON and multipart bodies', async () => {
    const req = (method: string, url: string, headers: Record<string, string>, body = '') =>
      mockRequest(method, url, headers, new TextEncoder().encode(body));
    const expected = { method: 'POST', path: '/a', query: { q: '1' }, headers: { 'x-key': '{{key}}', 'x-no': null }, body: { n: 1 } };
    expect(
      await matchRequest(expected, req('POST', '/a?q=1', { 'x-key': 'k', 'content-type': 'application/json' }, '{"n":1}'), { key: 'k' }),
    ).toEqual([]);
    expect(
      await matchRequest(expected, req('PUT', '/a?q=2', { 'x-key': 'z', 'x-no': '1', 'content-type': 'application/json' }, '{"n":2}'), {
        key: 'k',
      }),
    ).toEqual([
      'method PUT ≠ POST',
      'query {"q":"2"} ≠ {"q":"1"}',
      'header x-key: different value',
      'header x-no: different value, must be absent',
      'body {"n":2} ≠ {"n":1}',
    ]);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), 'a.png');
    const multipart = new Request('http://x/up', { method: 'POST', body: form });
    const got = mockRequest(
      'POST',
      '/up',
      { 'content-type': multipart.headers.get('content-type')! },
      new Uint8Array(await multipart.arrayBuffer()),
    );
    expect(
      await matchRequest(
        { method: 'POST', path: '/up', multipart: { file: { filename: 'a.png', contentType: 'image/png', size: 3 } } },
        got,
      ),
    ).toEqual([]);
    expect(await matchRequest({ method: 'POST', path: '/up', multipart: { file: { size: 4 } } }, got)).toEqual(['file size 3 ≠ 4']);
  });
});
