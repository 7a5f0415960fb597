import { reply } from '@acct/harness';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConnectionError,
  InternalServerError,
  PermissionDeniedError,
  RequestValidationError,
  type ThoughtSpotClientOptions,
  type TokenStore,
} from '../src/index';
import { ann, clientOn, serve, tsError, unreadable } from './helpers';

const LOGIN = '/api/rest/2.0/auth/token/full';
const REVOKE = '/api/rest/2.0/auth/token/revoke';

/**
 * A cluster issuing t1, t2…; revoked tokens get a 401. The revoke is answered `revokeStatus` (0: the
 * connection is cut), which can be changed meanwhile; `revokeDelay` ms pass between revoking and answering.
 */
async function cluster(options: { revokeStatus?: number; revokeDelay?: number } = {}) {
  let issued = 0;
  const revoked = new Set<string>();
  const state = { revokeStatus: options.revokeStatus ?? 204 };
  const server = await serve(async (req, res) => {
    const token = req.headers.authorization?.replace('Bearer ', '') ?? '';
    if (req.path === LOGIN) {
      issued++;
      return reply(res, 200, { token: `t${issued}`, creation_time_in_millis: 0, expiration_time_in_millis: 300_000 });
    }
    if (revoked.has(token)) return reply(res, 401, tsError(10002, 'Token is invalid or expired'));
    if (req.path === REVOKE) {
      if (state.revokeStatus === 0) return res.socket?.destroy();
      if (state.revokeStatus !== 204) return reply(res, state.revokeStatus, tsError(10002, 'Cannot revoke'));
      revoked.add(token);
      if (options.revokeDelay) await new Promise((done) => setTimeout(done, options.revokeDelay));
      return reply(res, 204);
    }
    reply(res, 200, [ann]);
  });
  const at = (path: string) => server.requests.filter((r) => r.path === path);
  return { server, state, logins: () => at(LOGIN), revokes: () => at(REVOKE) };
}

/** A TokenStore in memory, as a test double of a shared store (Redis in production). */
function memoryStore() {
  const data = new Map<string, string>();
  const calls: string[] = [];
  const store: TokenStore = {
    async get(key) {
      calls.push(`get ${key}`);
      return data.get(key);
    },
    async set(key, value) {
      calls.push(`set ${key}`);
      data.set(key, value);
    },
    async delete(key, expected) {
      calls.push(`delete ${key}`);
      if (expected === undefined || data.get(key) === expected) data.delete(key);
    },
  };
  return { store, data, calls };
}

describe('just-in-time provisioning', () => {
  it('sends the documented JIT fields and user_parameters with the secret key, as given', async () => {
    const { server, logins } = await cluster();
    const userParameters = {
      runtime_filters: [{ column_name: 'Country', operator: 'IN', values: ['Germany', 'Australia'], persist: false }],
      parameters: [{ name: 'Secured', values: ['x'] }],
    };
    const ts = clientOn(server, {
      username: 'new.user',
      secretKey: 'sk-secret-1',
      orgId: 2,
      autoCreate: true,
      email: 'new.user@example.com',
      displayName: 'New User',
      groupIdentifiers: ['Analysts', 'Sales'],
      userParameters,
    });
    await ts.searchUsers({ user_identifier: 'new.user' });
    expect(logins().map((r) => r.json)).toEqual([
      {
        username: 'new.user',
        secret_key: 'sk-secret-1',
        org_id: 2,
        auto_create: true,
        email: 'new.user@example.com',
        display_name: 'New User',
        group_identifiers: ['Analysts', 'Sales'],
        user_parameters: userParameters,
      },
    ]);
  });

  it('refuses JIT fields with a password, and bad shapes, before anything is sent', async () => {
    const { server } = await cluster();
    const make = (extra: Record<string, unknown>) => () =>
      clientOn(server, { username: 'u', ...extra } as Partial<ThoughtSpotClientOptions>);
    expect(make({ password: 'pw-secret-1', autoCreate: true })).toThrow(/`autoCreate` needs `secretKey`/);
    expect(make({ password: 'pw-secret-1', email: 'a@b.c' })).toThrow(ConfigurationError);
    expect(() => clientOn(server, { token: 't', autoCreate: true } as never)).toThrow(/`autoCreate` goes with `username`/);
    expect(make({ secretKey: 'sk-secret-1', autoCreate: 'yes' })).toThrow(/`autoCreate` must be true or false/);
    expect(make({ secretKey: 'sk-secret-1', groupIdentifiers: ['ok', ''] })).toThrow(/`groupIdentifiers`/);
    expect(make({ secretKey: 'sk-secret-1', userParameters: { runtime_filter: [] } })).toThrow(/userParameters/);
    expect(make({ secretKey: 'sk-secret-1', userParameters: { parameters: [{ name: 'p' }] } })).toThrow(
      /userParameters\.parameters\.0\.values/,
    );
    expect(() => make({ secretKey: 'sk-secret-1', autoCreate: 'yes' })()).not.toThrow(/sk-secret-1/);
    expect(server.requests).toHaveLength(0);
  });
});

describe('revokeToken', () => {
  it('revokes the token the client logged in for; the next call logs in again', async () => {
    const { server, logins, revokes } = await cluster();
    const ts = clientOn(server, { username: 'ann', password: 'pw-secret-1' });
    expect(await ts.revokeToken()).toBe(false); // no token yet: nothing sent
    expect(server.requests).toHaveLength(0);
    await ts.searchUsers({});
    expect(await ts.revokeToken()).toBe(true);
    expect(revokes().map((r) => [r.headers.authorization, r.json])).toEqual([['Bearer t1', { token: 't1' }]]);
    await ts.searchUsers({});
    expect(logins()).toHaveLength(2);
    expect(server.requests.at(-1)!.headers.authorization).toBe('Bearer t2');
    expect(await ts.revokeToken()).toBe(true);
    expect(await ts.revokeToken()).toBe(false);
    expect(revokes().map((r) => r.json)).toEqual([{ token: 't1' }, { token: 't2' }]);
  });

  it('revokes a fixed token (which later calls still send); an error is typed', async () => {
    const ok = await cluster();
    const fixed = clientOn(ok.server, { token: 'tok-fixed-0001', maxRetries: 0 });
    expect(await fixed.revokeToken()).toBe(true);
    expect(ok.revokes().map((r) => [r.headers.authorization, r.json])).toEqual([['Bearer tok-fixed-0001', { token: 'tok-fixed-0001' }]]);
    await expect(fixed.searchUsers({})).rejects.toBeInstanceOf(AuthenticationError);
    await expect(fixed.revokeToken()).rejects.toBeInstanceOf(AuthenticationError); // already revoked

    const refused = await cluster({ revokeStatus: 403 });
    const ts = clientOn(refused.server, { username: 'ann', password: 'pw-secret-1' });
    await ts.searchUsers({});
    const error = await ts.revokeToken().catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'PermissionDeniedError', status: 403 });
    expect(String((error as Error).message)).not.toContain('t1');
  });

  it('a revoke answered 401 is an AuthenticationError (the token was already invalid) and forgets it; no re-login to revoke', async () => {
    const { server, logins, revokes } = await cluster({ revokeStatus: 401 });
    const ts = clientOn(server, { username: 'ann', password: 'pw-secret-1', maxRetries: 0 });
    await ts.searchUsers({});
    await expect(ts.revokeToken()).rejects.toBeInstanceOf(AuthenticationError);
    expect(revokes()).toHaveLength(1);
    expect(logins()).toHaveLength(1);
    await ts.searchUsers({});
    expect(logins()).toHaveLength(2); // the dead token was forgotten: the next call logged in again
  });

  it('refuses bad options before anything is sent and keeps the token, which a later revokeToken() revokes', async () => {
    const { server, logins, revokes } = await cluster();
    const { store, data } = memoryStore();
    const ts = clientOn(server, { username: 'ann', password: 'pw-secret-1', tokenStore: store });
    await ts.searchUsers({});
    const error = await ts.revokeToken({ timeout: -1 }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues[0]!.path).toBe('options.timeout');
    await expect(ts.revokeToken(unreadable())).rejects.toBeInstanceOf(RequestValidationError);
    expect(revokes()).toHaveLength(0);
    expect(data.size).toBe(1); // still in the store
    await ts.searchUsers({});
    expect(logins()).toHaveLength(1); // still in use: no new login
    expect(await ts.revokeToken()).toBe(true);
    expect(revokes().map((r) => r.json)).toEqual([{ token: 't1' }]);
    expect(data.size).toBe(0);
  });

  it.each([
    ['a 5xx (after its retries)', 500, InternalServerError],
    ['a 403', 403, PermissionDeniedError],
    ['a 400', 400, BadRequestError],
    ['a cut connection', 0, ConnectionError],
  ])(
    'keeps the token when the revoke fails with %s: still in use and in the store, and revoked by the next try',
    async (_name, status, type) => {
      const { server, state, logins, revokes } = await cluster({ revokeStatus: status });
      const { store, data } = memoryStore();
      const ts = clientOn(server, { username: 'ann', password: 'pw-secret-1', tokenStore: store, maxRetries: 1 });
      await ts.searchUsers({});
      await expect(ts.revokeToken()).rejects.toBeInstanceOf(type);
      expect(data.size).toBe(1);
      await ts.searchUsers({});
      expect(logins()).toHaveLength(1);
      expect(server.requests.at(-1)!.headers.authorization).toBe('Bearer t1');
      state.revokeStatus = 204; // the cluster recovers: trying again revokes the very token
      expect(await ts.revokeToken()).toBe(true);
      expect(revokes().at(-1)!.json).toEqual({ token: 't1' });
      expect(data.size).toBe(0);
      await ts.searchUsers({});
      expect(logins()).toHaveLength(2);
    },
  );

  it('a call made while the token is being revoked logs in again and succeeds', async () => {
    const { server, logins } = await cluster({ revokeDelay: 100 });
    const ts = clientOn(server, { username: 'ann', password: 'pw-secret-1', maxRetries: 0 });
    await ts.searchUsers({});
    const revoking = ts.revokeToken();
    await new Promise((done) => setTimeout(done, 30)); // the cluster has revoked t1 and not answered yet
    await expect(ts.searchUsers({})).resolves.toHaveLength(1); // t1 → 401, a new login, replayed with t2
    expect(await revoking).toBe(true);
    expect(logins()).toHaveLength(2);
    await ts.searchUsers({});
    expect(logins()).toHaveLength(2); // t2 was not forgotten by the revoke of t1
    expect(server.requests.at(-1)!.headers.authorization).toBe('Bearer t2');
  });

  it('revokes what getToken last returned', async () => {
    const { server, revokes } = await cluster();
    const ts = clientOn(server, { getToken: () => 'tok-provided-01' });
    expect(await ts.revokeToken()).toBe(false);
    await ts.searchUsers({});
    expect(await ts.revokeToken()).toBe(true);
    expect(revokes().map((r) => r.json)).toEqual([{ token: 'tok-provided-01' }]);
  });
});

describe('tokenStore', () => {
  it('two clients sharing a store make one login; the key names no user or secret', async () => {
    const { server, logins } = await cluster();
    const { store, data } = memoryStore();
    const options = { username: 'ann', password: 'pw-secret-1', orgId: 1, tokenStore: store };
    await clientOn(server, options).searchUsers({});
    await clientOn(server, options).searchUsers({});
    expect(logins()).toHaveLength(1);
    const [key] = [...data.keys()];
    expect(key).toMatch(/^acct:thoughtspot:[0-9a-f]{64}$/);
    expect(JSON.stringify([...data])).not.toMatch(/pw-secret-1|ann/);
    // Another Org is another token.
    await clientOn(server, { ...options, orgId: 2 }).searchUsers({});
    expect(logins()).toHaveLength(2);
  });

  it('revokeToken deletes the token from the store: the next client logs in', async () => {
    const { server, logins } = await cluster();
    const { store, data } = memoryStore();
    const options = { username: 'ann', secretKey: 'sk-secret-1', tokenStore: store };
    const first = clientOn(server, options);
    await first.searchUsers({});
    expect(data.size).toBe(1);
    await first.revokeToken();
    expect(data.size).toBe(0);
    await clientOn(server, options).searchUsers({});
    expect(logins()).toHaveLength(2);
  });

  it('other ABAC attributes do not share a token; a store on a token client is refused', async () => {
    const { server, logins } = await cluster();
    const { store } = memoryStore();
    const base = { username: 'ann', secretKey: 'sk-secret-1', tokenStore: store };
    await clientOn(server, base).searchUsers({});
    await clientOn(server, { ...base, userParameters: { parameters: [{ name: 'Region', values: ['EU'] }] } }).searchUsers({});
    expect(logins()).toHaveLength(2);
    expect(() => clientOn(server, { token: 't', tokenStore: store } as never)).toThrow(/`tokenStore` goes with `username`/);
  });
});
