import { reply, type TestServer } from '@acct/harness';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError, createMentionClient, endpoints, ResponseValidationError } from '../src/index';
import { ACCOUNT, setup, TOKEN } from './fixtures';

let server: TestServer | undefined;
afterEach(() => server?.close());

describe('createMentionClient', () => {
  it('requires an access token and a usable apiVersion', () => {
    // @ts-expect-error — accessToken is required
    expect(() => createMentionClient({})).toThrow(ConfigurationError);
    expect(() => createMentionClient({ accessToken: '' })).toThrow('`accessToken` is required');
    expect(() => createMentionClient({ accessToken: TOKEN, apiVersion: ' ' })).toThrow('`apiVersion`');
    // Not merged with Accept-Version: left for core to refuse.
    expect(() => createMentionClient({ accessToken: TOKEN, headers: 'Accept-Version: 1.2' as never })).toThrow(ConfigurationError);
  });

  it('defaults to https://api.mention.net/api, Accept-Version 1.19 and a bearer token', async () => {
    ({ server } = await setup());
    const seen: string[] = [];
    const mention = createMentionClient({
      accessToken: TOKEN,
      fetch: (input, init) => {
        seen.push(String(input));
        return fetch(String(input).replace('https://api.mention.net', server!.url), init);
      },
    });
    await expect(mention.getMe()).resolves.toEqual(ACCOUNT);
    expect(seen).toEqual(['https://api.mention.net/api/accounts/me']);
    const { method, path, headers } = server!.requests[0]!;
    expect([method, path]).toEqual(['GET', '/api/accounts/me']);
    expect(headers['accept-version']).toBe('1.19');
    expect(headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('sends the chosen apiVersion, or the caller’s own Accept-Version header in any spelling, once', async () => {
    let mention: ReturnType<typeof createMentionClient>;
    ({ server, mention } = await setup(undefined, { apiVersion: '1.20' }));
    await mention.getMe();
    const other = createMentionClient({ accessToken: TOKEN, baseURL: server.url, headers: { 'accept-version': '1.18', 'x-trace': 't1' } });
    await other.getMe();
    expect(server.requests.map((r) => [r.headers['accept-version'], r.headers['x-trace']])).toEqual([
      ['1.20', undefined],
      ['1.18', 't1'],
    ]);
  });
});

describe('operations', () => {
  it('getAccount encodes the id into one path segment', async () => {
    let mention: ReturnType<typeof createMentionClient>;
    ({ server, mention } = await setup());
    await mention.getAccount('630929_abc');
    await mention.getAccount('a/b?c');
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/accounts/630929_abc', 'GET /api/accounts/a%2Fb%3Fc']);
  });

  it('createAccount posts JSON and accepts 200 or 201', async () => {
    let mention: ReturnType<typeof createMentionClient>;
    ({ server, mention } = await setup((_req, res, n) => reply(res, n === 0 ? 200 : 201, ACCOUNT)));
    const body = { name: 'John Smith', email: 'j.smith@nasa.com', password: 'Mypass1', language_code: 'en' };
    await expect(mention.createAccount(body)).resolves.toEqual(ACCOUNT);
    await expect(mention.createAccount({ ...body, phone: '(202) 358-0001', client: 'appTestMention' })).resolves.toEqual(ACCOUNT);
    expect(server.requests[0]).toMatchObject({ method: 'POST', path: '/api/accounts', json: body });
    expect(server.requests[0]!.headers['content-type']).toMatch(/^application\/json/);
  });

  it('updateAccount sends only the fields given, with PUT', async () => {
    let mention: ReturnType<typeof createMentionClient>;
    ({ server, mention } = await setup());
    await mention.updateAccount('630929_abc', { name: 'John Smith Jr' });
    await mention.updateAccount('630929_abc', { default_notification_phone: { number: '+33123456789' } });
    expect(server.requests.map((r) => [r.method, r.path, r.json])).toEqual([
      ['PUT', '/api/accounts/630929_abc', { name: 'John Smith Jr' }],
      ['PUT', '/api/accounts/630929_abc', { default_notification_phone: { number: '+33123456789' } }],
    ]);
  });

  it('declares GET and PUT idempotent, POST not', () => {
    expect(Object.values(endpoints).map((e) => [e.route, e.idempotent])).toEqual([
      ['GET /accounts/me', true],
      ['GET /accounts/{account_id}', true],
      ['POST /accounts', false],
      ['PUT /accounts/{account_id}', true],
    ]);
  });
});

describe('responses', () => {
  it('let unknown fields and new enum values through', async () => {
    const account = { ...ACCOUNT.account, default_email_notification_frequency: 'weekly', plan: { name: 'pro' } };
    let mention: ReturnType<typeof createMentionClient>;
    ({ server, mention } = await setup((_req, res) => reply(res, 200, { ...ACCOUNT, account })));
    const { account: got } = await mention.getMe();
    expect(got.default_email_notification_frequency).toBe('weekly');
    expect(got.plan).toEqual({ name: 'pro' });
  });

  it('reject a body without the account envelope', async () => {
    let mention: ReturnType<typeof createMentionClient>;
    ({ server, mention } = await setup((_req, res) => reply(res, 200, ACCOUNT.account)));
    const error = await mention.getMe().catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toContain('account');
  });
});
