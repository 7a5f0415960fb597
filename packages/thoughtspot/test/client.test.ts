import { reply } from '@acct/harness';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, createThoughtSpotClient, endpoints, type ThoughtSpotClientOptions } from '../src/index';
import { ann, clientOn, serve, unreadable } from './helpers';

const make = (options: object) => () =>
  createThoughtSpotClient({ baseURL: 'https://ts.example.com', ...options } as ThoughtSpotClientOptions);

describe('createThoughtSpotClient', () => {
  it.each([
    ['no credentials', {}, 'give one of `token`'],
    ['a token and a password login', { token: 't-1234', username: 'u', password: 'p' }, 'give only one of `token`, `username`'],
    ['a token and getToken', { token: 't-1234', getToken: () => 't' }, 'give only one of `token`, `getToken`'],
    ['a password and a secret key', { username: 'u', password: 'p', secretKey: 's' }, 'either `password` or `secretKey`'],
    ['a username alone', { username: 'u' }, 'either `password` or `secretKey`'],
    ['a password without a username', { password: 'p' }, 'give one of'],
    ['orgId with a token', { token: 't-1234', orgId: 2 }, '`orgId` goes with `username`'],
    ['an empty token', { token: '' }, '`token` must be a non-empty string'],
    ['getToken that is not a function', { getToken: 'tok' }, '`getToken` must be a function'],
    ['a fractional orgId', { username: 'u', password: 'p', orgId: 1.5 }, '`orgId` must be an integer'],
    ['a zero token validity', { username: 'u', secretKey: 's', tokenValiditySeconds: 0 }, '`tokenValiditySeconds` must be a positive'],
  ])('refuses %s', (_name, options, message) => {
    expect(make(options)).toThrow(ConfigurationError);
    expect(make(options)).toThrow(message);
  });

  it('requires the cluster URL, and a valid one', () => {
    // @ts-expect-error — baseURL is required: ThoughtSpot has no shared host
    expect(() => createThoughtSpotClient({ token: 't-1234' })).toThrow('`baseURL` (your cluster URL) is required');
    expect(() => createThoughtSpotClient({ baseURL: 'ts.example.com', token: 't-1234' })).toThrow(ConfigurationError);
  });

  it('reads its options once: options that cannot be read are a ConfigurationError', () => {
    expect(() => createThoughtSpotClient(unreadable('options boom'))).toThrow(ConfigurationError);
    const error = (() => {
      try {
        createThoughtSpotClient(unreadable('options boom'));
      } catch (e) {
        return e as ConfigurationError;
      }
    })();
    expect(error).toMatchObject({ message: 'createThoughtSpotClient: the options could not be read', cause: { message: 'options boom' } });
    let reads = 0;
    const options = {
      baseURL: 'https://ts.example.com',
      get token() {
        reads++;
        return 'tok-read-once';
      },
    };
    createThoughtSpotClient(options as ThoughtSpotClientOptions);
    expect(reads).toBe(1);
  });

  it('declares ten POST operations under /api/rest/2.0/users', () => {
    expect(Object.keys(endpoints)).toHaveLength(10);
    for (const e of Object.values(endpoints)) expect(e.route).toMatch(/^POST \/api\/rest\/2\.0\/users\//);
  });
});

describe('requests', () => {
  it('POSTs JSON with the bearer token and resolves to the typed body', async () => {
    const server = await serve((_req, res) => reply(res, 200, [ann]));
    const users = await clientOn(server).searchUsers({ name_pattern: 'ann', record_size: 10 });
    expect(users).toEqual([ann]);
    const req = server.requests[0]!;
    expect([req.method, req.path]).toEqual(['POST', '/api/rest/2.0/users/search']);
    expect(req.headers.authorization).toBe('Bearer tok-static-1234');
    expect(req.headers['content-type']).toMatch(/^application\/json/);
    expect(req.json).toEqual({ name_pattern: 'ann', record_size: 10 });
  });

  it('searches with an empty body when given no filter', async () => {
    const server = await serve((_req, res) => reply(res, 200, []));
    await clientOn(server).searchUsers();
    expect(server.requests[0]!.json).toEqual({});
  });

  it('encodes the identifier in the path once; deleteUser sends no body and resolves to undefined', async () => {
    const server = await serve((_req, res) => res.writeHead(204).end());
    const ts = clientOn(server);
    await expect(ts.deleteUser('ann lee/ops?x')).resolves.toBeUndefined();
    await expect(ts.updateUser('ann@example.com', { display_name: 'Ann L.', operation: 'ADD', group_identifiers: ['ops'] })).resolves.toBe(
      undefined,
    );
    const [del, upd] = server.requests;
    expect(del!.path).toBe('/api/rest/2.0/users/ann%20lee%2Fops%3Fx/delete');
    expect(del!.text).toBe('');
    expect(upd!.path).toBe('/api/rest/2.0/users/ann%40example.com/update');
    expect(upd!.json).toEqual({ display_name: 'Ann L.', operation: 'ADD', group_identifiers: ['ops'] });
  });

  it('refuses an identifier that would leave its path segment', async () => {
    const server = await serve((_req, res) => res.writeHead(204).end());
    await expect(clientOn(server).deleteUser('..')).rejects.toMatchObject({ name: 'RequestValidationError' });
    await expect(clientOn(server).updateUser('', {})).rejects.toMatchObject({ name: 'RequestValidationError' });
    expect(server.requests).toHaveLength(0);
  });

  it('resolves the 204 operations to undefined', async () => {
    const server = await serve((_req, res) => res.writeHead(204).end());
    const ts = clientOn(server);
    await expect(
      ts.changeUserPassword({ current_password: 'old-pass-1', new_password: 'new-pass-2', user_identifier: 'ann' }),
    ).resolves.toBe(undefined);
    await expect(ts.resetUserPassword({ new_password: 'new-pass-2', user_identifier: 'ann' })).resolves.toBeUndefined();
    await expect(ts.forceLogoutUsers({ user_identifiers: ['ann'] })).resolves.toBeUndefined();
    expect(server.requests.map((r) => r.path)).toEqual([
      '/api/rest/2.0/users/change-password',
      '/api/rest/2.0/users/reset-password',
      '/api/rest/2.0/users/force-logout',
    ]);
  });

  it('gives the status and headers with withResponse()', async () => {
    const server = await serve((_req, res) => reply(res, 200, { activation_link: 'https://ts.example.com/activate?x=1' }));
    const r = await clientOn(server).deactivateUser({ user_identifier: 'ann', base_url: 'https://ts.example.com' }).withResponse();
    expect([r.status, r.data.activation_link, r.attempts]).toEqual([200, 'https://ts.example.com/activate?x=1', 1]);
  });
});
