import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  InternalServerError,
  RequestValidationError,
  ResponseValidationError,
} from '../src/index';
import { glowmarktOn, reply } from './helpers';

const password = { oldPassword: 'old-secret-pw', newPassword: 'abcd1234' };

describe('error shape', () => {
  it("a 400 names the operation, method, URL and request id, with Glowmarkt's text as `code`", async () => {
    const { server, glow } = await glowmarktOn((_req, res) =>
      reply(res, 400, { error: 'weak new password' }, { 'x-request-id': 'req-7f3a' }),
    );
    const error = await glow.changePassword(password).catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toBe(
      `changePassword: [POST] "${server.url}/account/changepassword": 400 Bad Request — weak new password (request id req-7f3a)`,
    );
    expect(error).toMatchObject({
      operation: 'changePassword',
      method: 'POST',
      attempts: 1,
      requestId: 'req-7f3a',
      code: 'weak new password',
    });
    expect(error.details).toBeUndefined();
    expect(error.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(error)).not.toMatch(/old-secret-pw|abcd1234/);
  });

  it('a 401 carries `Access denied` as its code; other body fields become details', async () => {
    const { glow } = await glowmarktOn((_req, res) => reply(res, 401, { error: 'Access denied', reason: 'token expired' }));
    const error = await glow.getAccountStatusByUserToken().catch((e) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ operation: 'getAccountStatusByUserToken', code: 'Access denied', details: { reason: 'token expired' } });
  });

  it('a 500 on a GET counts every attempt', async () => {
    const { glow } = await glowmarktOn((_req, res) => reply(res, 500, { error: 'An error has occurred' }));
    const error = await glow.getAccounts({ maxRetries: 2 }).catch((e) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ operation: 'getAccounts', attempts: 3, code: 'An error has occurred' });
  });

  it('a refused input names the operation and the URL template; nothing is sent', async () => {
    const { server, glow } = await glowmarktOn((_req, res) => reply(res, 200, {}));
    const error = (await (glow.addAccount as (b: unknown) => Promise<unknown>)({ username: 'scotty' }).catch(
      (e) => e,
    )) as RequestValidationError;
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({ operation: 'addAccount', method: 'POST' });
    expect(error.url).toContain('/account');
    expect(server.requests).toHaveLength(0);
  });

  it('a body that cannot be read keeps what the server sent', async () => {
    const { glow } = await glowmarktOn((_req, res) => reply(res, 200, { valid: 'yes', extra: 1 }));
    const error = await glow.changeName({ name: 'n' }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({ operation: 'changeName', status: 200, data: { valid: 'yes', extra: 1 } });
  });

  it('sends a User-Agent naming the package and core', async () => {
    const { server, glow } = await glowmarktOn((_req, res) => reply(res, 200, { valid: true }));
    await glow.changeName({ name: 'n' });
    expect(server.requests[0]!.headers['user-agent']).toMatch(/^@acct\/glowmarkt\/\S+ core\/\S+ node\/\S+$/);
  });

  it('authenticate without a login is a ConfigurationError naming what is missing', async () => {
    const { glow } = await glowmarktOn((_req, res) => reply(res, 200, {}));
    await expect(glow.authenticate()).rejects.toThrow(
      new ConfigurationError('authenticate needs `username` and `password`, which this client was not given'),
    );
  });
});
