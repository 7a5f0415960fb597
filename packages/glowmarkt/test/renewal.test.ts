import type { TestServer } from '@acct/harness';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthenticationError, createGlowmarktClient, type GlowmarktClientOptions } from '../src/index';
import { APP, type IssuerState, jwt, PASSWORD, seconds, sleep, startIssuer } from './issuer';

let server: TestServer | undefined;
afterEach(() => server?.close());

// Tokens live 7–8 s (`exp` is whole seconds): a client renews at half the lifetime left (≤ 4 s), so 4.6 s
// later it is due and, with seconds to spare on a loaded CI machine, still valid.
const LIFETIME = 8;
const DUE = 4_600;

async function issuer(lifetime = LIFETIME, accepted: string[] = []) {
  const state: IssuerState = { lifetime };
  const found = await startIssuer(state, accepted);
  server = found.server;
  return { ...found, state };
}

const make = (options: Partial<GlowmarktClientOptions>) =>
  createGlowmarktClient({ applicationId: APP, baseURL: server!.url, maxRetries: 0, ...options } as GlowmarktClientOptions);

describe('a given token is renewed through GET /auth/newToken before its exp', () => {
  it('reads exp from the JWT, renews once it is due (applicationId + the old token), then uses the new one', async () => {
    const { renewals, sent } = await issuer();
    const glow = make({ token: jwt('given', seconds() + LIFETIME) });
    await glow.getAccountStatusByUserToken();
    expect(renewals()).toHaveLength(0);
    await sleep(DUE);
    await Promise.all(Array.from({ length: 5 }, () => glow.getAccountStatusByUserToken()));
    await glow.changeName({ name: 'n' });
    expect(renewals()).toHaveLength(1);
    expect(renewals()[0]!.headers.applicationid).toBe(APP);
    expect(renewals()[0]!.headers.token).toContain('sig-given');
    expect(sent()).toEqual(['given', 'r1', 'r1', 'r1', 'r1', 'r1', 'r1']);
  });

  it('takes `tokenExp` for a token that is not a JWT', async () => {
    const { renewals, sent } = await issuer(LIFETIME, ['opaque-token-1']);
    const glow = make({ token: 'opaque-token-1', tokenExp: seconds() + LIFETIME });
    await glow.getAccountStatusByUserToken();
    await sleep(DUE);
    await glow.getAccountStatusByUserToken();
    expect(renewals()).toHaveLength(1);
    expect(sent()).toEqual(['opaque-token-1', 'r1']);
  });

  it('never renews a token whose expiry is unknown, and does not replay its 401', async () => {
    const { renewals, server: s } = await issuer(LIFETIME, ['opaque-token-1']);
    const glow = make({ token: 'opaque-token-1' });
    for (let i = 0; i < 5; i++) await glow.getAccountStatusByUserToken();
    expect(renewals()).toHaveLength(0);
    const refused = make({ token: 'opaque-token-2' });
    await expect(refused.getAccountStatusByUserToken()).rejects.toBeInstanceOf(AuthenticationError);
    expect(s.requests.filter((r) => r.headers.token === 'opaque-token-2')).toHaveLength(1);
  });

  it('sends an opaque token on every call, and the one renewToken() got on the calls after', async () => {
    const { sent } = await issuer(3600, ['opaque-token-1']);
    const glow = make({ token: 'opaque-token-1' });
    for (let i = 0; i < 3; i++) await glow.getAccountStatusByUserToken();
    await glow.renewToken();
    for (let i = 0; i < 2; i++) await glow.getAccountStatusByUserToken();
    expect(sent()).toEqual(['opaque-token-1', 'opaque-token-1', 'opaque-token-1', 'r1', 'r1']);
  });

  it('renew: false keeps the token as given', async () => {
    const { renewals } = await issuer();
    const glow = make({ token: jwt('given', seconds() + LIFETIME), renew: false });
    await glow.getAccountStatusByUserToken();
    await sleep(DUE);
    await glow.getAccountStatusByUserToken();
    expect(renewals()).toHaveLength(0);
  });

  it('a failed renewal keeps the old token until it expires; then the call fails with the server’s 401', async () => {
    const { state, renewals, sent } = await issuer();
    const warnings: string[] = [];
    const exp = seconds() + LIFETIME;
    const token = jwt('given', exp);
    const glow = make({ token, logger: { warn: (m) => warnings.push(m) } });
    await glow.getAccountStatusByUserToken();
    state.renewFails = 500;
    await sleep(DUE);
    await expect(glow.getAccountStatusByUserToken()).resolves.toMatchObject({ status: 'active' });
    expect(renewals().length).toBeGreaterThanOrEqual(1);
    expect(warnings[0]).toContain('renewing the token failed');
    expect(warnings[0]).toContain('keeping the current token until it expires');
    expect(warnings.join('\n')).not.toContain(token);
    await sleep(exp * 1000 - Date.now() + 50);
    const error = await glow.getAccountStatusByUserToken().catch((e) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toContain('Access denied');
    // Every call sent the given token; the expired one once, without a replay.
    expect(sent()).toEqual(['given', 'given', 'given']);
  });

  it('renewToken() renews now and returns { token, exp, valid }; later calls use the new token', async () => {
    const { renewals, sent } = await issuer(3600);
    const glow = make({ token: jwt('given', seconds() + 3600) });
    const renewed = await glow.renewToken();
    expect(renewed).toMatchObject({ valid: true, exp: expect.any(Number) });
    expect(renewed.token).toContain('sig-r1');
    await glow.getAccountStatusByUserToken();
    expect(renewals()).toHaveLength(1);
    expect(sent()).toEqual(['r1']);
  });
});

describe('a password client renews through GET /auth/newToken instead of logging in again', () => {
  const login = { username: 'scotty', password: PASSWORD };

  it('renews the login token once it is due: 1 login, 1 renewal', async () => {
    const { logins, renewals, sent } = await issuer();
    const glow = make(login);
    await glow.getAccountStatusByUserToken();
    await sleep(DUE);
    await glow.getAccountStatusByUserToken();
    expect([logins().length, renewals().length]).toEqual([1, 1]);
    expect(sent()).toEqual(['l1', 'r1']);
  });

  it('logs in again when the renewal fails, and with renew: false', async () => {
    const failing = await issuer();
    failing.state.renewFails = 500;
    const glow = make(login);
    await glow.getAccountStatusByUserToken();
    await sleep(DUE);
    await glow.getAccountStatusByUserToken();
    expect([failing.logins().length, failing.renewals().length]).toEqual([2, 1]);
    expect(failing.sent()).toEqual(['l1', 'l2']);
    await server!.close();

    const plain = await issuer();
    const noRenew = make({ ...login, renew: false });
    await noRenew.getAccountStatusByUserToken();
    await sleep(DUE);
    await noRenew.getAccountStatusByUserToken();
    expect([plain.logins().length, plain.renewals().length]).toEqual([2, 0]);
  });

  it('after a 401 logs in again rather than renewing the refused token, and replays once', async () => {
    const { state, logins, renewals, sent } = await issuer(3600);
    const glow = make(login);
    await glow.authenticate();
    state.revoked = ['l1'];
    await expect(glow.getAccountStatusByUserToken()).resolves.toMatchObject({ status: 'active' });
    expect([logins().length, renewals().length]).toEqual([2, 0]);
    expect(sent()).toEqual(['l1', 'l2']);
  });

  it('renewToken() refused with 401 logs in and renews the new token once', async () => {
    const { state, logins, renewals } = await issuer(3600);
    const glow = make(login);
    await glow.authenticate();
    state.revoked = ['l1'];
    const renewed = await glow.renewToken();
    expect(renewed.token).toContain('sig-r1');
    expect([logins().length, renewals().map((r) => r.headers.token!.split('.')[2])]).toEqual([2, ['sig-l1', 'sig-l2']]);
  });
});
