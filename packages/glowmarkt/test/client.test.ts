import { reply, startServer, type TestServer } from '@acct/harness';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError, createGlowmarktClient, type GlowmarktClientOptions, RequestValidationError } from '../src/index';

let server: TestServer;
afterEach(() => server?.close());

const APP = 'app-id-0537b17c';
const JWT = 'eyJ.user-jwt.sig';
const appKeys = { username: 'app-key-id', password: 'app-key-secret' };
const basic = `Basic ${Buffer.from('app-key-id:app-key-secret').toString('base64')}`;

async function serve(body: unknown = { valid: true }) {
  server = await startServer((_req, res) => reply(res, 200, body));
  return server.url;
}

describe('createGlowmarktClient options', () => {
  it.each([
    ['no applicationId', { token: JWT }, '`applicationId` is required'],
    ['no credentials at all', { applicationId: APP }, 'give `token`, `username` + `password`, or `basicAuth`'],
    ['a token and a password', { applicationId: APP, token: JWT, username: 'u', password: 'p' }, 'not both'],
    ['a username without a password', { applicationId: APP, username: 'u' }, 'both required'],
    ['a directoryId alone', { applicationId: APP, directoryId: 'd', basicAuth: appKeys }, 'both required'],
    ['an empty token', { applicationId: APP, token: '' }, '`token` must be a non-empty string'],
    ['basicAuth without a password', { applicationId: APP, basicAuth: { username: 'k' } }, '`basicAuth` needs'],
    [
      'tokenExp without a token',
      { applicationId: APP, username: 'u', password: 'p', tokenExp: 2e9 },
      '`tokenExp` belongs to a given `token`',
    ],
    ['a tokenExp in milliseconds as a string', { applicationId: APP, token: JWT, tokenExp: '2e9' }, 'Unix seconds'],
    [
      'a tokenStore without user credentials',
      { applicationId: APP, basicAuth: appKeys, tokenStore: {} },
      '`tokenStore` shares a user token',
    ],
    ['a tokenStore for a token without tokenStoreUser', { applicationId: APP, token: JWT, tokenStore: {} }, 'needs `tokenStoreUser`'],
  ])('refuses %s', (_name, options, message) => {
    expect(() => createGlowmarktClient(options as unknown as GlowmarktClientOptions)).toThrow(ConfigurationError);
    expect(() => createGlowmarktClient(options as unknown as GlowmarktClientOptions)).toThrow(message);
  });

  it.each([
    ['a line break', 'jwt-secret-1\r\nX-Injected: 1', 'contains a line break or another control character'],
    ['a NUL', 'jwt-secret-1\u0000', 'contains a line break or another control character'],
    ['a character outside Latin-1', 'jwt-secret-1\u20ac', 'contains a character outside Latin-1'],
    ['surrounding whitespace', 'jwt-secret-1 ', 'starts or ends with whitespace'],
  ])('refuses a `token` or an `applicationId` holding %s when constructed, never quoting it', async (_name, value, problem) => {
    const url = await serve();
    for (const [field, options] of [
      ['token', { applicationId: APP, token: value, baseURL: url }],
      ['applicationId', { applicationId: value, token: JWT, baseURL: url }],
      ['applicationId', { applicationId: value, username: 'u', password: 'p', baseURL: url }],
    ] as const) {
      const error = (() => {
        try {
          createGlowmarktClient(options as GlowmarktClientOptions);
        } catch (e) {
          return e as Error;
        }
      })();
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error?.message).toBe(`createGlowmarktClient: \`${field}\` ${problem}: it cannot be sent in a header`);
      expect(error?.message).not.toContain('jwt-secret-1');
      expect(error?.message).not.toContain('login');
    }
    expect(server.requests).toHaveLength(0);
  });

  it('sends any username and password: they travel in the JSON body of the login, not in a header', async () => {
    const url = await serve({ token: 'jwt-1', exp: 4102444800 });
    const glow = createGlowmarktClient({ applicationId: APP, username: ' scotty\n', password: 'pass\u20ac\r\nword ', baseURL: url });
    await glow.authenticate();
    expect(server.requests[0]!.json).toEqual({ username: ' scotty\n', password: 'pass\u20ac\r\nword ' });
  });

  it('refuses options it cannot read (a getter or a Proxy that throws) with a ConfigurationError', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('get trap');
        },
        ownKeys() {
          throw new Error('ownKeys trap');
        },
      },
    );
    const cases = [
      hostile,
      {
        get applicationId(): string {
          throw new TypeError('getter');
        },
        token: JWT,
      },
      { applicationId: APP, basicAuth: hostile },
    ];
    for (const options of cases) {
      expect(() => createGlowmarktClient(options as GlowmarktClientOptions)).toThrow(ConfigurationError);
      expect(() => createGlowmarktClient(options as GlowmarktClientOptions)).toThrow(
        'createGlowmarktClient: the options could not be read',
      );
    }
  });

  it('types: credentials are required, and a token excludes username + password', () => {
    // @ts-expect-error — no credentials
    expect(() => createGlowmarktClient({ applicationId: APP })).toThrow(ConfigurationError);
    // @ts-expect-error — token and password are exclusive
    expect(() => createGlowmarktClient({ applicationId: APP, token: JWT, username: 'u', password: 'p' })).toThrow(ConfigurationError);
    expect(createGlowmarktClient({ applicationId: APP, username: 'u', password: 'p', basicAuth: appKeys })).toBeTypeOf('object');
  });

  it('defaults to https://api.glowmarkt.com/api/v0-1/', async () => {
    const url = await serve({});
    const seen: string[] = [];
    const glow = createGlowmarktClient({
      applicationId: APP,
      token: JWT,
      fetch: (input, init) => {
        seen.push(String(input));
        return fetch(String(input).replace('https://api.glowmarkt.com', url), init);
      },
    });
    await glow.getAccountStatusByUserToken();
    expect(seen).toEqual(['https://api.glowmarkt.com/api/v0-1/account/status']);
  });
});

describe('credentials per operation', () => {
  it('sends applicationId and the raw JWT in `token` on user operations, never Basic', async () => {
    const glow = createGlowmarktClient({ applicationId: APP, token: JWT, basicAuth: appKeys, baseURL: await serve() });
    await glow.changeName({ name: 'Montgomery Jorgensen' });
    await glow.changePassword({ oldPassword: 'old-pass-1', newPassword: 'new-pass-2' });
    await glow.getAccountStatusByUserToken();
    for (const req of server.requests) {
      expect(req.headers.applicationid).toBe(APP);
      expect(req.headers.token).toBe(JWT);
      expect(req.headers.authorization).toBeUndefined();
    }
  });

  it('sends applicationId and HTTP Basic on application-key operations, never the user token', async () => {
    const glow = createGlowmarktClient({ applicationId: APP, token: JWT, basicAuth: appKeys, baseURL: await serve([]) });
    await glow.getAccounts();
    await glow.deleteAccount('acc-1').catch(() => {});
    expect(server.requests.map((r) => [r.method, r.path])).toEqual([
      ['GET', '/account'],
      ['DELETE', '/account/acc-1'],
    ]);
    for (const req of server.requests) {
      expect(req.headers.applicationid).toBe(APP);
      expect(req.headers.authorization).toBe(basic);
      expect(req.headers.token).toBeUndefined();
    }
  });

  it('sends a developer user token (devUserToken) on admin operations when the client has no basicAuth', async () => {
    const glow = createGlowmarktClient({ applicationId: APP, token: JWT, baseURL: await serve([]) });
    expect(glow.adminCredential).toBe('token');
    await glow.getAccounts();
    await glow.getAccountById('acc-1').catch(() => {});
    await glow.getAccountStatusById('acc-1').catch(() => {});
    await glow.addAccount({ username: 'scotty', directoryId: 'dir-1' }).catch(() => {});
    await glow.updateAccount('acc-1', { name: 'n' }).catch(() => {});
    await glow.deleteAccount('acc-1').catch(() => {});
    expect(server.requests).toHaveLength(6);
    for (const req of server.requests) {
      expect(req.headers.applicationid).toBe(APP);
      expect(req.headers.token).toBe(JWT);
      expect(req.headers.authorization).toBeUndefined();
    }
  });

  it('a password client without basicAuth logs in and sends that token to the admin operations', async () => {
    server = await startServer((req, res) => reply(res, 200, req.path === '/auth' ? { token: 'dev-jwt-1', exp: 4102444800 } : []));
    const glow = createGlowmarktClient({ applicationId: APP, username: 'dev', password: 'dev-pass-1', baseURL: server.url });
    await glow.getAccounts();
    expect(server.requests.map((r) => [r.path, r.headers.token, r.headers.authorization])).toEqual([
      ['/auth', undefined, undefined],
      ['/account', 'dev-jwt-1', undefined],
    ]);
  });

  it('prefers basicAuth over the user token for admin operations when the client has both', () => {
    expect(createGlowmarktClient({ applicationId: APP, token: JWT, basicAuth: appKeys }).adminCredential).toBe('basicAuth');
    expect(createGlowmarktClient({ applicationId: APP, basicAuth: appKeys }).adminCredential).toBe('basicAuth');
  });

  it('names the missing credentials before sending anything', async () => {
    const baseURL = await serve();
    const appOnly = createGlowmarktClient({ applicationId: APP, basicAuth: appKeys, baseURL });
    const user = await appOnly.changeEmail({ email: 'a@b.co' }).catch((e) => e);
    expect(user).toBeInstanceOf(ConfigurationError);
    expect(user.message).toBe('changeEmail needs "token or username/password" credentials, which this client was not given');
    await expect(appOnly.authenticate()).rejects.toThrow(ConfigurationError);
    await expect(appOnly.renewToken()).rejects.toThrow('renewToken needs `token` or `username` and `password`');
    expect(server.requests).toHaveLength(0);
  });

  it('encodes the account id as one path segment', async () => {
    const glow = createGlowmarktClient({ applicationId: APP, basicAuth: appKeys, baseURL: await serve({}) });
    await glow.getAccountStatusById('a/b c');
    expect(server.requests[0]!.path).toBe('/account/a%2Fb%20c/status');
  });
});

describe('the hand-written methods (authenticate, renewToken)', () => {
  const hostile = () =>
    new Proxy(
      {},
      {
        get() {
          throw new Error('get trap');
        },
      },
    );
  const getter = () => ({
    get signal(): AbortSignal {
      throw new TypeError('getter');
    },
  });

  it('reject, never throw, with a RequestValidationError when their options cannot be read; nothing is sent', async () => {
    const url = await serve({ token: 'jwt-1', exp: 4102444800 });
    const password = createGlowmarktClient({ applicationId: APP, username: 'u', password: 'p', baseURL: url });
    const token = createGlowmarktClient({ applicationId: APP, token: JWT, baseURL: url });
    const calls: [string, (options: unknown) => Promise<unknown>][] = [
      ['authenticate', (o) => password.authenticate(o as never)],
      ['renewToken', (o) => password.renewToken(o as never)],
      ['renewToken', (o) => token.renewToken(o as never)],
    ];
    for (const [operation, call] of calls) {
      for (const [options, reason] of [
        [getter(), 'getter'],
        [hostile(), 'get trap'],
      ] as const) {
        let promise: Promise<unknown> | undefined;
        expect(() => {
          promise = call(options);
        }).not.toThrow();
        const error = (await promise!.catch((e) => e)) as RequestValidationError;
        expect(error).toBeInstanceOf(RequestValidationError);
        expect(error).toMatchObject({ operation, attempts: 0, issues: [{ path: '(input)', message: reason }] });
        expect(error.message).toBe(`${operation}: the options could not be read, nothing was sent — ${reason}`);
      }
    }
    expect(server.requests).toHaveLength(0);
  });

  it('still take `{ signal }`', async () => {
    const url = await serve({ token: 'jwt-1', exp: 4102444800 });
    const glow = createGlowmarktClient({ applicationId: APP, username: 'u', password: 'p', baseURL: url });
    await expect(glow.authenticate({ signal: new AbortController().signal })).resolves.toMatchObject({ token: 'jwt-1' });
    await expect(glow.authenticate({ signal: 5 as never })).rejects.toBeInstanceOf(RequestValidationError);
  });
});
