import { setupServer } from 'msw/node';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createClient, defineEndpoint, MockMismatchError } from '../src/index';
import { defineMock, namedFixture } from '../src/testing/index';
import { defineMswHandlers } from '../src/testing/msw';

const get = (id: string) => ({ method: 'GET', path: `/v1/users/${id}`, headers: { authorization: 'Bearer {{token}}' } });
const mocks = defineMock(
  [
    namedFixture('get-user.200.json', {
      operation: 'getUser',
      args: ['42'],
      request: get('42'),
      response: { status: 200, body: { id: '42' } },
    }),
    namedFixture('get-user.403.json', {
      operation: 'getUser',
      args: ['42'],
      request: get('42'),
      response: { status: 403, body: { message: 'no' } },
    }),
  ],
  '/v1',
);
const getUser = defineEndpoint({
  operation: 'getUser',
  method: 'GET',
  path: '/users/{id}',
  response: v.looseObject({ id: v.string() }),
  idempotent: true,
  summary: 's',
  docs: 'd',
});

// msw patches the global fetch (through undici's interceptors) for this test file only.
const mock = defineMswHandlers(mocks, '/v1', 'https://api.example.test/v1')();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
afterAll(() => server.close());

describe('msw handlers over the fixtures', () => {
  const client = createClient({ baseURL: 'https://api.example.test/v1', auth: { default: bearer('t') } });

  it('answers the default fixture, a chosen scenario, and 599 through the catch-all', async () => {
    expect(mock.handlers.map((h) => h.info.header)).toEqual([
      'GET https://api.example.test/v1/users/:p3',
      '/.+/ https://api.example.test/v1/*',
    ]);
    await expect(client.request(getUser, { params: { id: '42' } })).resolves.toEqual({ id: '42' });
    mock.use('getUser', '403');
    await expect(client.request(getUser, { params: { id: '9' } })).rejects.toMatchObject({ name: 'PermissionDeniedError' });
    mock.reset();
    await expect(client.request(getUser, { params: { id: '9' } })).rejects.toBeInstanceOf(MockMismatchError);
    expect(mock.problems).toHaveLength(1);
  });
});
