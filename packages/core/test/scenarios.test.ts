import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { bearer, ConfigurationError, createClient, defineEndpoint, InternalServerError, MockMismatchError } from '../src/index';
import { defineMock, namedFixture } from '../src/testing/index';

const user = (id: string) => ({ status: 200, body: { id, name: 'Ann' } });
const get = (id: string) => ({ method: 'GET', path: `/v1/users/${id}`, headers: { authorization: 'Bearer {{token}}' } });
const fixtures = [
  namedFixture('get-user.200.json', { operation: 'getUser', args: ['42'], request: get('42'), response: user('42') }),
  namedFixture('get-user.404.json', {
    operation: 'getUser',
    args: ['0'],
    request: get('0'),
    response: { status: 404, body: { message: 'no such user' } },
    expect: { error: 'NotFoundError' },
  }),
  namedFixture('get-user.500.json', {
    operation: 'getUser',
    args: ['42'],
    exchanges: [1, 2].map(() => ({ request: get('42'), response: { status: 500, body: { message: 'boom' } } })),
    expect: { error: 'InternalServerError' },
  }),
  namedFixture('get-user.200.retried-after-500.json', {
    operation: 'getUser',
    args: ['42'],
    exchanges: [
      { request: get('42'), response: { status: 500, body: { message: 'boom' } } },
      { request: get('42'), response: user('42') },
    ],
  }),
  namedFixture('get-me.200.json', { operation: 'getMe', request: get('me'), response: user('me') }),
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
const mocks = defineMock(fixtures, '/v1');

describe('scenarios: choosing what the mock answers', () => {
  it('names fixtures by operation and scenario; the default stays the success fixture', () => {
    expect(Object.keys(mocks.fixtures.getUser!)).toEqual(['200', '404', '500', '200.retried-after-500']);
    expect(mocks.fixtures.getUser!['404']!.args).toEqual(['0']);
  });

  it.each(['server', 'fetch'] as const)('use(name | sequence | inline) and reset, through the %s mock and a real client', async (kind) => {
    const server = kind === 'server' ? await mocks.createMockServer() : undefined;
    const mock = server ?? mocks.createMockFetch();
    const client = createClient({
      baseURL: server ? server.baseURL : 'http://mock.invalid/v1',
      fetch: server ? undefined : (mock as typeof fetch),
      auth: { default: bearer('t-1') },
      retryDelay: 1,
      maxRetries: 1,
    });
    const call = (id: string) => client.request(getUser, { params: { id } });
    try {
      await expect(call('42')).resolves.toEqual({ id: '42', name: 'Ann' });
      // Another id than the fixture's: the chosen scenario still answers (method + path, any value).
      mock.use('getUser', '404');
      await expect(call('7')).rejects.toMatchObject({ name: 'NotFoundError', status: 404 });
      mock.use('getUser', ['500', '200']);
      await expect(call('7')).resolves.toEqual({ id: '42', name: 'Ann' });
      expect(mock.requests.slice(-2).map((r) => r.path)).toEqual(['/v1/users/7', '/v1/users/7']);
      mock.use('getUser', '200.retried-after-500');
      await expect(call('7')).resolves.toMatchObject({ id: '42' });
      mock.use('getUser', { status: 500, body: { message: 'down' } });
      await expect(call('7')).rejects.toBeInstanceOf(InternalServerError);
      // The more specific route wins: getMe is not getUser's scenario.
      await expect(client.request(getUser, { params: { id: 'me' } })).resolves.toEqual({ id: 'me', name: 'Ann' });
      mock.reset();
      await expect(call('42')).resolves.toEqual({ id: '42', name: 'Ann' });
      expect(mock.problems).toEqual([]);
    } finally {
      await server?.close();
    }
  });

  it('rejects an unknown operation or scenario with ConfigurationError naming what exists', () => {
    const mock = mocks.createMockFetch();
    expect(() => mock.use('getUsr', '200')).toThrow(ConfigurationError);
    expect(() => mock.use('getUser', '403')).toThrow(/has no scenario '403' \(it has '200', '404', '500', '200.retried-after-500'\)/);
    expect(() => mock.use('getUser', [])).toThrow(ConfigurationError);
  });

  it('answers an unmatched request with 599 naming the closest fixture; the client throws MockMismatchError', async () => {
    const server = await mocks.createMockServer();
    try {
      const client = createClient({ baseURL: server.baseURL, auth: { default: bearer('t-1') } });
      const error = await client.request(getUser, { params: { id: '7' } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MockMismatchError);
      expect(error).not.toBeInstanceOf(InternalServerError);
      expect((error as MockMismatchError).message).toContain(
        "mock: no fixture matches GET /v1/users/7; closest fixture: get-user.200.json (getUser '200'), which differs in: path /v1/users/7 ≠ /v1/users/42",
      );
      expect((error as MockMismatchError).headers['x-acct-mock']).toBe('no-match');
      expect(server.problems).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('never echoes the credentials it was given in a 599', async () => {
    const mock = mocks.createMockFetch({ credentials: { token: 'secret-token-1' } });
    const res = await mock('http://mock.invalid/v1/users/9?q=secret-token-1', { headers: { authorization: 'Bearer secret-token-1' } });
    expect(res.status).toBe(599);
    expect(await res.text()).not.toContain('secret-token-1');
  });
});
