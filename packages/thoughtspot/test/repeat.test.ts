import { reply } from '@acct/harness';
import { describe, expect, it } from 'vitest';
import { BadRequestError, ConnectionError, TimeoutError, userNotFound } from '../src/index';
import { clientOn, serve, tsError } from './helpers';

// ThoughtSpot's "no such user": a 400 with code 10002 (the code also means "already exists").
const notFound = tsError(10002, 'User with identifier bo.chen not found', '');

describe('deleteUser: a retry that finds the user gone resolves', () => {
  it('after a lost response, the retry gets 400 code 10002 "not found" and the delete resolves', async () => {
    const server = await serve((_req, res, n) => (n === 0 ? res.destroy() : reply(res, 400, notFound)));
    const r = await clientOn(server).deleteUser('bo.chen').withResponse();
    expect(r).toMatchObject({ data: undefined, status: 400, attempts: 2 });
    expect(server.requests).toHaveLength(2);
  });

  it('after a 500, the same', async () => {
    const server = await serve((_req, res, n) => reply(res, n === 0 ? 500 : 400, n === 0 ? tsError(10000, 'busy') : notFound));
    await expect(clientOn(server).deleteUser('bo.chen')).resolves.toBeUndefined();
  });

  it('on a first attempt, "not found" stays a BadRequestError with code 10002', async () => {
    const server = await serve((_req, res) => reply(res, 400, notFound));
    const error = await clientOn(server)
      .deleteUser('bo.chen')
      .catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ operation: 'deleteUser', code: 10002, attempts: 1 });
  });

  it('a retry answered with another 10002 (an invalid value) is still an error', async () => {
    const server = await serve((_req, res, n) => (n === 0 ? res.destroy() : reply(res, 400, tsError(10002, 'Invalid parameter values'))));
    await expect(clientOn(server).deleteUser('bo.chen')).rejects.toMatchObject({ name: 'BadRequestError', attempts: 2, code: 10002 });
  });

  it.each([
    ['a 404', 404, {}, true],
    ['400 / 10002 "not found"', 400, notFound, true],
    ['400 / 10002 "does not exist"', 400, tsError(10002, 'User does not exist'), true],
    ['400 / 10002 "already exists"', 400, tsError(10002, 'User already exists'), false],
    ['400 / 10003 "not found"', 400, tsError(10003, 'User not found'), false],
    ['403 "not found"', 403, notFound, false],
  ])('userNotFound: %s → %s', (_name, status, body, gone) => {
    expect(userNotFound({ status, body })).toBe(gone);
  });
});

describe('never sent twice: password writes and the one-time activation token', () => {
  it('changeUserPassword after a timeout: 1 request', async () => {
    const server = await serve(() => {}); // never answers
    const error = await clientOn(server, { timeout: 300, maxRetries: 3 })
      .changeUserPassword({ user_identifier: 'ann', current_password: 'Old-passw0rd', new_password: 'New-passw0rd' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ operation: 'changeUserPassword', attempts: 1 });
    expect(error.message).not.toContain('Old-passw0rd');
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    [
      'activateUser',
      (ts: ReturnType<typeof clientOn>) =>
        ts.activateUser({ user_identifier: 'bo', auth_token: 'one-time-tok-1', password: 'New-passw0rd' }),
    ],
    [
      'resetUserPassword',
      (ts: ReturnType<typeof clientOn>) => ts.resetUserPassword({ user_identifier: 'bo', new_password: 'New-passw0rd' }),
    ],
  ])('%s after a connection reset: 1 request', async (_name, call) => {
    const server = await serve((_req, res) => res.destroy());
    await expect(call(clientOn(server, { maxRetries: 3 }))).rejects.toBeInstanceOf(ConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it('a 429 (nothing was done) is still retried', async () => {
    const server = await serve((_req, res, n) => (n === 0 ? reply(res, 429, tsError(10000, 'slow down')) : res.writeHead(204).end()));
    const r = await clientOn(server)
      .changeUserPassword({ user_identifier: 'ann', current_password: 'Old-passw0rd', new_password: 'New-passw0rd' })
      .withResponse();
    expect(r.attempts).toBe(2);
  });
});
