import { reply } from '@acct/harness';
import { describe, expect, it } from 'vitest';
import { AuthenticationError } from '../src/index';
import { ann, clientOn, serve, tsError } from './helpers';

const LOGIN = '/api/rest/2.0/auth/token/full';

/** A cluster issuing tokens t1, t2… valid `lifetime` ms; `reject` decides which calls get a 401. */
async function cluster(options: { lifetime?: number; reject?: (token: string) => boolean } = {}) {
  let issued = 0;
  const server = await serve(async (req, res) => {
    if (req.path === LOGIN) {
      await new Promise((r) => setTimeout(r, 20)); // a slow login makes concurrent callers overlap
      issued++;
      const created = 1_700_000_000_000; // the cluster's clock, deliberately far from ours
      return reply(res, 200, {
        token: `t${issued}`,
        creation_time_in_millis: created,
        expiration_time_in_millis: created + (options.lifetime ?? 300_000),
        valid_for_user_id: ann.id,
        valid_for_username: 'ann',
        scope: { access_type: 'FULL', org_id: 0 },
      });
    }
    const token = req.headers.authorization?.replace('Bearer ', '') ?? '';
    if (options.reject?.(token)) return reply(res, 401, tsError(10002, 'Token is invalid or expired'));
    reply(res, 200, [ann]);
  });
  const logins = () => server.requests.filter((r) => r.path === LOGIN);
  const calls = () => server.requests.filter((r) => r.path !== LOGIN);
  return { server, logins, calls };
}

describe('username + password', () => {
  it('logs in once for 100 concurrent calls and sends the token on each', async () => {
    const { server, logins, calls } = await cluster();
    const ts = clientOn(server, { username: 'ann', password: 'pw-secret-1' });
    await Promise.all(Array.from({ length: 100 }, () => ts.searchUsers({ name_pattern: 'ann' })));
    await ts.searchUsers({});
    expect(logins()).toHaveLength(1);
    expect(logins()[0]!.json).toEqual({ username: 'ann', password: 'pw-secret-1' });
    expect(logins()[0]!.headers.authorization).toBeUndefined();
    expect(new Set(calls().map((r) => r.headers.authorization))).toEqual(new Set(['Bearer t1']));
    expect(calls()).toHaveLength(101);
  });

  it('sends org_id and validity_time_in_sec, and a secret key as secret_key', async () => {
    const { server, logins } = await cluster();
    await clientOn(server, { username: 'ann', password: 'pw-secret-1', orgId: 0, tokenValiditySeconds: 3600 }).searchUsers();
    await clientOn(server, { username: 'svc', secretKey: 'sk-secret-1' }).searchUsers();
    expect(logins().map((r) => r.json)).toEqual([
      { username: 'ann', password: 'pw-secret-1', validity_time_in_sec: 3600, org_id: 0 },
      { username: 'svc', secret_key: 'sk-secret-1' },
    ]);
  });

  it('renews the token before it expires, using its lifetime rather than the cluster clock', async () => {
    // A 1 s token is renewed at half its lifetime; the cluster's timestamps are in 2023.
    const { server, logins, calls } = await cluster({ lifetime: 1000 });
    const ts = clientOn(server, { username: 'ann', password: 'pw-secret-1' });
    await ts.searchUsers();
    await ts.searchUsers();
    expect(logins()).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 550));
    await ts.searchUsers();
    expect(logins()).toHaveLength(2);
    expect(calls().map((r) => r.headers.authorization)).toEqual(['Bearer t1', 'Bearer t1', 'Bearer t2']);
  });

  it('on a 401 logs in once more and replays once, shared by concurrent calls', async () => {
    const { server, logins, calls } = await cluster({ reject: (t) => t === 't1' });
    const ts = clientOn(server, { username: 'ann', password: 'pw-secret-1', maxRetries: 0 });
    const results = await Promise.all(Array.from({ length: 10 }, () => ts.searchUsers()));
    expect(results.every((r) => r[0]?.id === ann.id)).toBe(true);
    expect(logins()).toHaveLength(2);
    expect(calls().filter((r) => r.headers.authorization === 'Bearer t2')).toHaveLength(10);
  });

  it('gives up with AuthenticationError after one re-login when the 401 persists', async () => {
    const { server, logins, calls } = await cluster({ reject: () => true });
    const error = await clientOn(server, { username: 'ann', password: 'pw-secret-1' })
      .searchUsers()
      .catch((e) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toContain('401 Unauthorized — Token is invalid or expired (code 10002, incident inc-1)');
    expect([logins().length, calls().length]).toEqual([2, 2]);
  });

  it('reports a refused login without the password', async () => {
    const server = await serve((req, res) =>
      reply(res, 401, tsError(10002, `Invalid credentials for ${(req.json as { password: string }).password}`)),
    );
    const error = await clientOn(server, { username: 'ann', password: 'pw-secret-1' })
      .searchUsers()
      .catch((e) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.url).toMatch(/\/api\/rest\/2\.0\/auth\/token\/full$/);
    expect(error.message).toContain('Invalid credentials for [REDACTED]');
    expect(JSON.stringify(error)).not.toContain('pw-secret-1');
    expect(server.requests).toHaveLength(1);
  });
});

describe('token and getToken', () => {
  it('calls getToken for each request and never logs in', async () => {
    const { server, logins, calls } = await cluster();
    let n = 0;
    const ts = clientOn(server, { getToken: async () => `provided-${++n}` });
    await ts.searchUsers();
    await ts.searchUsers();
    expect(logins()).toHaveLength(0);
    expect(calls().map((r) => r.headers.authorization)).toEqual(['Bearer provided-1', 'Bearer provided-2']);
  });

  it('does not replay a 401 with a fixed token, and keeps the token out of the error', async () => {
    const { server, calls } = await cluster({ reject: () => true });
    const error = await clientOn(server, { token: 'tok-static-1234' })
      .searchUsers()
      .catch((e) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(calls()).toHaveLength(1);
    expect(JSON.stringify(error)).not.toContain('tok-static-1234');
  });
});
