import { describe, expect, it } from 'vitest';
import { AcctError, ConfigurationError, ResponseValidationError } from '../src/index';
import { glowmarktOn, reply } from './helpers';

const login = { applicationId: 'app-1234', username: 'scotty', password: 'correct-horse-battery', basicAuth: undefined, token: undefined };

describe('the login answer', () => {
  it('is read leniently: nulls, absent fields and unknown ones pass; the session keeps them', async () => {
    const answer = { token: 'jwt-1', exp: Math.floor(Date.now() / 1000) + 3600, valid: null, name: null, tier: 'beta' };
    const { glow } = await glowmarktOn((req, res) => reply(res, 200, req.path === '/auth' ? answer : { valid: true }), login);
    await expect(glow.authenticate()).resolves.toEqual(answer);
  });

  it('without `exp` the token serves the call, and the next call logs in again', async () => {
    const { server, glow } = await glowmarktOn(
      (req, res) => reply(res, 200, req.path === '/auth' ? { token: 'jwt-1' } : { valid: true }),
      login,
    );
    await glow.changeName({ name: 'a' });
    await glow.changeName({ name: 'b' });
    expect(server.requests.map((r) => r.path)).toEqual(['/auth', '/account/name', '/auth', '/account/name']);
    expect(server.requests[1]!.headers.token).toBe('jwt-1');
  });

  it('without a `token` is a ResponseValidationError of authenticate that keeps the answer, and nothing else is sent', async () => {
    const { server, glow } = await glowmarktOn((_req, res) => reply(res, 200, { valid: false, exp: 1509010921 }), login);
    const error = await glow.changeName({ name: 'a' }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({ operation: 'authenticate', status: 200, attempts: 1, data: { valid: false, exp: 1509010921 } });
    expect(error.issues).toEqual([{ path: 'token', message: 'Expected a JWT string but received undefined' }]);
    expect(error.message).toContain('authenticate: [POST] "');
    expect(server.requests.map((r) => r.path)).toEqual(['/auth']);
  });

  it('nested past any stack without a `token` is the same ResponseValidationError, for the login and every call after it', async () => {
    const depth = 20_000;
    const text = `{"valid":true,"extra":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const json = { 'content-type': 'application/json' };
    const { server, glow } = await glowmarktOn((_req, res) => reply(res, 200, text, json), login);
    for (const call of [() => glow.authenticate(), () => glow.getAccountStatusByUserToken(), () => glow.changeName({ name: 'a' })]) {
      const error = await call().catch((e) => e);
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect(error).toMatchObject({ operation: 'authenticate', status: 200, data: { valid: true } });
      expect(error.message).toContain('the answer carries no `token`');
      expect(typeof error.body).toBe('string');
    }
    expect(server.requests.map((r) => r.path)).toEqual(['/auth', '/auth', '/auth']);
  });

  it.each([
    ['a line break', 'sess-9f3a\r\nX-Injected: 1', 'contains a line break or another control character'],
    ['a character outside Latin-1', 'sess-9f3a\u20ac', 'contains a character outside Latin-1'],
    ['surrounding whitespace', ' sess-9f3a ', 'starts or ends with whitespace'],
  ])(
    'with a `token` holding %s is the ConfigurationError of an unsendable credential, never quoting it, and is not kept',
    async (_name, token, problem) => {
      const { server, glow } = await glowmarktOn((_req, res) => reply(res, 200, { valid: true, token, exp: 4102444800 }), login);
      for (const call of [() => glow.authenticate(), () => glow.getAccountStatusByUserToken()]) {
        const error = await call().catch((e) => e);
        expect(error).toBeInstanceOf(ConfigurationError);
        expect(error.message).toContain(`the token the login returned ${problem}`);
        expect(JSON.stringify([error.message, error])).not.toContain('sess-9f3a');
      }
      expect(server.requests.map((r) => r.path)).toEqual(['/auth', '/auth']);
    },
  );

  it('with an `exp` too large for a date reads the expiry from the JWT instead (here: none, so the next call logs in again)', async () => {
    const { server, glow } = await glowmarktOn(
      (req, res) => reply(res, 200, req.path === '/auth' ? { token: 'jwt-1', exp: 1e308 } : { valid: true }),
      login,
    );
    await expect(glow.changeName({ name: 'a' })).resolves.toEqual({ valid: true });
    await expect(glow.changeName({ name: 'b' })).resolves.toEqual({ valid: true });
    expect(server.requests.map((r) => r.path)).toEqual(['/auth', '/account/name', '/auth', '/account/name']);
  });

  it('whatever its shape, a login answer never fails with anything but an AcctError', async () => {
    const bodies = ['null', '[]', '""', '{"token":5}', '{"token":""}', '{"__proto__":{"token":"jwt-proto"}}', '{"token":null}'];
    for (const text of bodies) {
      const { glow, server } = await glowmarktOn((_req, res) => reply(res, 200, text, { 'content-type': 'application/json' }), login);
      const error = await glow.authenticate().catch((e) => e);
      expect(error, text).toBeInstanceOf(AcctError);
      server.close();
    }
  });
});
