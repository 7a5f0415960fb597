import { reply, startServer } from '@acct/harness';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, createIamClient } from '../src/index';
import { failure, human, json, setup } from './helpers';

describe('createIamClient', () => {
  it.each([
    ['no credential', {}, 'give exactly one of'],
    ['two credentials', { apiKey: 'k-1234', accessToken: 't-1234' }, '(got apiKey, accessToken)'],
    ['a key and a provider', { apiKey: 'k-1234', getAccessToken: () => 't' }, '(got apiKey, getAccessToken)'],
    ['an empty key', { apiKey: '' }, '`apiKey` must be a non-empty string'],
    ['an empty token', { accessToken: '' }, '`accessToken` must be a non-empty string'],
    ['a provider that is not a function', { getAccessToken: 'tok' }, '`getAccessToken` must be a function'],
  ])('refuses %s', (_name, options, message) => {
    const create = () => createIamClient(options as never);
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow(message);
  });

  it.each([
    [
      'a Proxy that throws',
      () =>
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('ownKeys boom');
            },
          },
        ),
    ],
    [
      'an object whose getter throws',
      () => ({
        get apiKey(): string {
          throw new Error('getter boom');
        },
      }),
    ],
  ])('refuses options that are %s with a ConfigurationError', (_name, make) => {
    const create = () => createIamClient(make() as never);
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow(/^createIamClient: the options could not be read — (ownKeys|getter) boom$/);
  });

  it('defaults to https://api.eazyrent.fr/iam/v1 and keeps the trailing slash', async () => {
    const server = await startServer((_req, res) => reply(res, 200, human));
    const seen: string[] = [];
    const iam = createIamClient({
      apiKey: 'k-1234',
      fetch: (input, init) => {
        seen.push(String(input));
        return fetch(String(input).replace('https://api.eazyrent.fr', server.url), init);
      },
    });
    await iam.getMyUser();
    await server.close();
    expect(seen).toEqual(['https://api.eazyrent.fr/iam/v1/users/me/']);
  });
});

describe('credentials', () => {
  it('sends an API key as Authorization: Token <key>', async () => {
    const { server, iam } = await setup(json(200, human), { apiKey: 'iam-key-abc' });
    await iam.getMyUser();
    expect(server.requests[0]!.headers.authorization).toBe('Token iam-key-abc');
  });

  it('sends an access token as Authorization: Bearer <token>', async () => {
    const { server, iam } = await setup(json(200, human), { accessToken: 'tok-abc' });
    await iam.getMyUser();
    expect(server.requests[0]!.headers.authorization).toBe('Bearer tok-abc');
  });

  it.each([
    ['{ token, expiresAt } in ms', () => ({ token: 'tok-1', expiresAt: Date.now() + 3_600_000 })],
    ['{ token, expiresAt } as a Date', () => ({ token: 'tok-1', expiresAt: new Date(Date.now() + 3_600_000) })],
    ['an OAuth token response', () => ({ access_token: 'tok-1', expires_in: 3600, token_type: 'Bearer' })],
    ['an OAuth token response with expires_in as digits', () => ({ access_token: 'tok-1', expires_in: '3600', token_type: 'Bearer' })],
    // Huge expiries are clamped to the latest time a Date can hold: cached, never a misleading error.
    ['an OAuth token response with a huge expires_in', () => ({ access_token: 'tok-1', expires_in: 1e306 })],
    ['an OAuth token response with expires_in past any number', () => ({ access_token: 'tok-1', expires_in: '9'.repeat(400) })],
    ['{ token, expiresAt } far in the future', () => ({ token: 'tok-1', expiresAt: Number.MAX_VALUE })],
  ])('caches a provider token given as %s until it expires', async (_name, make) => {
    let calls = 0;
    const { server, iam } = await setup(json(200, human), {
      getAccessToken: async () => {
        calls++;
        return make();
      },
    });
    await Promise.all([iam.getMyUser(), iam.getMyUser()]);
    await iam.getMyConfig().catch(() => {});
    expect(calls).toBe(1);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-1', 'Bearer tok-1']);
  });

  it('asks the provider again for each request when its token has no expiry', async () => {
    let calls = 0;
    const { server, iam } = await setup(json(200, human), { getAccessToken: () => `tok-${++calls}` });
    await iam.getMyUser();
    await iam.getMyUser();
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-2']);
  });

  it.each([
    ['expires_in: null', 'access_token', { expires_in: null }],
    ['no expires_in', 'access_token', { token_type: 'Bearer' }],
    ['expires_in: undefined', 'access_token', { expires_in: undefined }],
    ['expiresAt: null', 'token', { expiresAt: null }],
  ])('takes %s as no known expiry: sent, not cached', async (_name, key, rest) => {
    let calls = 0;
    const { server, iam } = await setup(json(200, human), {
      getAccessToken: async () => ({ ...rest, [key]: `tok-${++calls}` }) as never,
    });
    await iam.getMyUser();
    await iam.getMyUser();
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-2']);
  });

  it('renews the provider token once after a 401 and replays the call', async () => {
    let calls = 0;
    const { server, iam } = await setup((req, res) => reply(res, req.headers.authorization === 'Bearer tok-2' ? 200 : 401, human), {
      getAccessToken: () => ({ token: `tok-${++calls}`, expiresAt: Date.now() + 3_600_000 }),
    });
    await expect(iam.getMyUser()).resolves.toMatchObject({ id: 'usr_01' });
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    ['an empty string', ''],
    ['an object without a token', { expiresAt: 1 }],
    ['a bad expiry', { token: 'tok-1', expiresAt: 'tomorrow' }],
    ['an invalid Date', { token: 'tok-1', expiresAt: new Date('nope') }],
    ['expires_in that is not digits', { access_token: 'tok-1', expires_in: '1h' }],
    ['expires_in in exponent form', { access_token: 'tok-1', expires_in: '3.6e3' }],
    ['expires_in that is negative text', { access_token: 'tok-1', expires_in: '-5' }],
    ['a token with a line break', { access_token: 'tok-1\nX-Injected: 1', expires_in: 3600 }],
  ])('refuses a provider result that is %s, sending nothing', async (_name, result) => {
    const { server, iam } = await setup(json(200, human), { getAccessToken: () => result as never });
    const error = await failure(iam.getMyUser());
    expect(error).toBeInstanceOf(ConfigurationError);
    // The provider gave the token: the message names it, never "a login", and never holds the token.
    expect(error.message).toContain('getAccessToken');
    expect(error.message).not.toMatch(/login/i);
    expect(error.message).not.toContain('tok-1');
    expect(server.requests).toHaveLength(0);
  });

  it('never puts a credential in an error', async () => {
    const { iam } = await setup(json(401, { detail: 'Invalid token iam-secret-key-999' }), { apiKey: 'iam-secret-key-999' });
    const error = await failure(iam.getMyUser());
    expect(error.name).toBe('AuthenticationError');
    expect(JSON.stringify(error) + error.message + error.stack).not.toContain('iam-secret-key-999');
    expect(error.message).toContain('Invalid token [REDACTED]');
  });
});
