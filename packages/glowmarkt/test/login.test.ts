import { reply, startServer, type TestServer } from '@acct/harness';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthenticationError, createGlowmarktClient } from '../src/index';

let server: TestServer;
afterEach(() => server?.close());

const APP = 'app-id-0537b17c';
const PASSWORD = 'correct-horse-battery';
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A Glowmarkt look-alike: `POST /auth` issues t1, t2…; `reject` decides which tokens get a 401. */
async function glowmarkt(exp: () => number, reject: (token: string) => boolean = () => false) {
  let issued = 0;
  server = await startServer((req, res) => {
    if (req.path === '/auth') {
      if ((req.json as { password?: string }).password !== PASSWORD) return reply(res, 401, { error: 'Access denied' });
      return reply(res, 200, {
        valid: true,
        accountId: 'acc-1',
        applicationId: APP,
        name: 'Arthur Dent',
        token: `t${++issued}`,
        exp: exp(),
      });
    }
    if (reject(req.headers.token ?? '')) return reply(res, 401, { error: 'Access denied' });
    reply(res, 200, { accountId: 'acc-1', status: 'active' });
  });
  const logins = () => server.requests.filter((r) => r.path === '/auth');
  const calls = () => server.requests.filter((r) => r.path !== '/auth');
  return { logins, calls };
}

const client = (password = PASSWORD, directoryId?: string) =>
  createGlowmarktClient({ applicationId: APP, username: 'scotty', password, ...(directoryId ? { directoryId } : {}), baseURL: server.url });

describe('login with username and password', () => {
  it('posts the credentials to /auth with applicationId only, then sends the raw token', async () => {
    const { logins, calls } = await glowmarkt(() => nowSeconds() + 3600);
    await client(PASSWORD, 'dir-2e21').getAccountStatusByUserToken();
    expect(logins()[0]!.json).toEqual({ username: 'scotty', password: PASSWORD, directoryId: 'dir-2e21' });
    expect(logins()[0]!.headers.applicationid).toBe(APP);
    expect(logins()[0]!.headers.token).toBeUndefined();
    expect(calls()[0]!.headers.token).toBe('t1');
  });

  it('shares one login among concurrent calls and reuses the token until exp', async () => {
    const { logins, calls } = await glowmarkt(() => nowSeconds() + 3600);
    const glow = client();
    await Promise.all(Array.from({ length: 10 }, () => glow.getAccountStatusByUserToken()));
    await glow.changeName({ name: 'n' });
    expect(logins()).toHaveLength(1);
    expect(calls().every((r) => r.headers.token === 't1')).toBe(true);
  });

  it('reads exp rather than assuming a lifetime: an expired exp means a new login', async () => {
    const { logins, calls } = await glowmarkt(() => nowSeconds() - 10);
    const glow = client();
    await glow.getAccountStatusByUserToken();
    await glow.getAccountStatusByUserToken();
    expect(logins()).toHaveLength(2);
    expect(calls().map((r) => r.headers.token)).toEqual(['t1', 't2']);
  });

  it('on a 401 logs in once more and replays once', async () => {
    const { logins, calls } = await glowmarkt(
      () => nowSeconds() + 3600,
      (token) => token === 't1',
    );
    await expect(client().getAccountStatusByUserToken()).resolves.toEqual({ accountId: 'acc-1', status: 'active' });
    expect(logins()).toHaveLength(2);
    expect(calls().map((r) => r.headers.token)).toEqual(['t1', 't2']);
  });

  it('gives up after one replay when the fresh token is refused too', async () => {
    const { logins } = await glowmarkt(
      () => nowSeconds() + 3600,
      () => true,
    );
    const error = await client()
      .getAccountStatusByUserToken()
      .catch((e) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toContain('Access denied');
    expect(logins()).toHaveLength(2);
  });

  it('retries the login after a 500, as logging in twice is harmless', async () => {
    let n = 0;
    server = await startServer((req, res) => {
      if (req.path === '/auth' && n++ === 0) return reply(res, 500, { error: 'An error has occurred' });
      reply(res, 200, req.path === '/auth' ? { token: 't1', exp: nowSeconds() + 3600 } : {});
    });
    const glow = createGlowmarktClient({ applicationId: APP, username: 'scotty', password: PASSWORD, baseURL: server.url, retryDelay: 1 });
    await glow.getAccountStatusByUserToken();
    expect(server.requests.map((r) => r.path)).toEqual(['/auth', '/auth', '/account/status']);
  });

  it('a refused login is an AuthenticationError that never shows the password', async () => {
    await glowmarkt(() => nowSeconds() + 3600);
    const error = await client('wrong-password-123')
      .authenticate()
      .catch((e) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(`${error.message} ${JSON.stringify(error)} ${error.stack}`).not.toContain('wrong-password-123');
  });
});

describe('authenticate()', () => {
  it('logs in now and returns the session; each call logs in again and later calls use the newest token', async () => {
    const exp = nowSeconds() + 3600;
    const { logins, calls } = await glowmarkt(() => exp);
    const glow = client();
    await expect(glow.authenticate()).resolves.toEqual({
      valid: true,
      accountId: 'acc-1',
      applicationId: APP,
      name: 'Arthur Dent',
      token: 't1',
      exp,
    });
    await glow.getAccountStatusByUserToken();
    const again = await glow.authenticate();
    expect(again.token).toBe('t2');
    await glow.getAccountStatusByUserToken();
    expect(logins()).toHaveLength(2);
    expect(calls().map((r) => r.headers.token)).toEqual(['t1', 't2']);
  });
});
