import { describe, expect, it } from 'vitest';
import { ResponseValidationError } from '../src/index';
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
});
