import { describe, expect, it } from 'vitest';
import { ConnectionError, InternalServerError, NotFoundError, TimeoutError } from '../src/index';
import { glowmarktOn, reply } from './helpers';

const password = { oldPassword: '@$tr0ngP@$', newPassword: 'aV3ry$tr0ngp@$' };

describe('deleteAccount: a retry that finds the account gone is the success', () => {
  it('resolves when the first response was lost and the retry gets 404', async () => {
    const { server, glow } = await glowmarktOn((_req, res, n) => (n === 0 ? res.destroy() : res.writeHead(404).end()));
    const res = await glow.deleteAccount('ffe4f42e-7c1a-4ea3-9ec8-087d4a1071e6').withResponse();
    expect(res).toMatchObject({ data: undefined, status: 404, attempts: 2 });
    expect(server.requests.map((r) => r.method)).toEqual(['DELETE', 'DELETE']);
  });

  it('resolves after a 500 then 404 too (the 500 may have come after the delete)', async () => {
    const { glow } = await glowmarktOn((_req, res, n) =>
      reply(res, n === 0 ? 500 : 404, n === 0 ? { error: 'An error has occurred' } : ''),
    );
    await expect(glow.deleteAccount('acc-1')).resolves.toBeUndefined();
  });

  it('still reports a 404 on the first attempt as NotFoundError', async () => {
    const { glow } = await glowmarktOn((_req, res) => res.writeHead(404).end());
    const error = await glow.deleteAccount('missing').catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.attempts).toBe(1);
  });
});

describe('changePassword is never sent twice once it may have reached the server', () => {
  it('one request after a timeout', async () => {
    const { server, glow } = await glowmarktOn(() => {}); // never answers
    const error = await glow.changePassword(password, { timeout: 1000, maxRetries: 3 }).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(1);
    expect(error.attempts).toBe(1);
  });

  it.each([
    [500, InternalServerError],
    [503, InternalServerError],
  ] as const)('one request after a %i', async (status, ErrorClass) => {
    const { server, glow } = await glowmarktOn((_req, res) => reply(res, status, { error: 'An error has occurred' }));
    const error = await glow.changePassword(password, { maxRetries: 3 }).catch((e) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(server.requests).toHaveLength(1);
  });

  it('one request after a connection reset', async () => {
    const { server, glow } = await glowmarktOn((_req, res) => res.destroy());
    await expect(glow.changePassword(password, { maxRetries: 3 })).rejects.toBeInstanceOf(ConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it('sent again after a 429 (the server did nothing)', async () => {
    const { server, glow } = await glowmarktOn((_req, res, n) => reply(res, n === 0 ? 429 : 200, n === 0 ? {} : { valid: true }));
    await expect(glow.changePassword(password)).resolves.toEqual({ valid: true });
    expect(server.requests).toHaveLength(2);
  });

  it('a name change, unlike the password, is retried after a 503', async () => {
    const { server, glow } = await glowmarktOn((_req, res, n) => reply(res, n === 0 ? 503 : 200, { valid: true }));
    await expect(glow.changeName({ name: 'Montgomery Jorgensen' })).resolves.toEqual({ valid: true });
    expect(server.requests).toHaveLength(2);
  });
});
