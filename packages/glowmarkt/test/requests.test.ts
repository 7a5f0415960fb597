import { reply, startServer, type TestServer } from '@acct/harness';
import { afterEach, describe, expect, it } from 'vitest';
import { createGlowmarktClient, type GlowmarktClient, NotFoundError, RequestValidationError, ResponseValidationError } from '../src/index';

let server: TestServer;
// The client as plain JavaScript sees it: any argument goes, so the runtime checks are what is tested.
type Untyped = { [K in keyof GlowmarktClient]: (...args: unknown[]) => Promise<unknown> };
afterEach(() => server?.close());

async function both(handler: Parameters<typeof startServer>[0] = (_req, res) => reply(res, 200, { valid: true })) {
  server = await startServer(handler);
  const keys = { username: 'app-key-id', password: 'app-key-secret' };
  return createGlowmarktClient({ applicationId: 'app-1234', token: 'jwt-1234', basicAuth: keys, baseURL: server.url, retryDelay: 1 });
}

describe('request validation', () => {
  it.each([
    ['addMobileAppToken without newToken', (g) => g.addMobileAppToken('acc-1', {}), 'body.newToken'],
    ['removeMobileAppToken with newToken', (g) => g.removeMobileAppToken('acc-1', { newToken: 'x' }), 'body.newToken'],
    ['addAccount without directoryId', (g) => g.addAccount({ username: 'scotty' }), 'body.directoryId'],
    ['changePassword without oldPassword', (g) => g.changePassword({ newPassword: 'n3w-pass' }), 'body.oldPassword'],
    ['changeEmail with a number', (g) => g.changeEmail({ email: 42 }), 'body.email'],
    ['updateAccount with an unknown field', (g) => g.updateAccount('acc-1', { nickname: 'scotty' }), 'body.nickname'],
    ['an empty account id', (g) => g.getAccountById(''), 'params.accountId'],
    ['updateAccount with a null body (never sent as {})', (g) => g.updateAccount('acc-1', null), 'body'],
  ] as [string, (g: Untyped) => Promise<unknown>, string][])('refuses %s before sending', async (_name, call, path) => {
    const glow = await both();
    const error = await call(glow as unknown as Untyped).catch((e: RequestValidationError) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.map((i) => i.path)).toContain(path);
    expect(server.requests).toHaveLength(0);
  });

  it('sends the wire field names and never echoes passwords in errors', async () => {
    const glow = await both((_req, res) => reply(res, 400, { error: 'weak new password' }));
    const error = await glow.changePassword({ oldPassword: 'old-secret-pw', newPassword: 'new-secret-pw' }).catch((e) => e);
    expect(server.requests[0]!.json).toEqual({ oldPassword: 'old-secret-pw', newPassword: 'new-secret-pw' });
    expect(error.message).toContain('400 Bad Request — weak new password');
    expect(JSON.stringify(error)).not.toMatch(/old-secret-pw|new-secret-pw/);
  });
});

describe('responses and errors', () => {
  it('lets unknown fields and new status values through', async () => {
    const glow = await both((_req, res) => reply(res, 200, [{ accountId: 'a', status: 'suspended', plan: 'pro' }]));
    await expect(glow.getAccounts()).resolves.toEqual([{ accountId: 'a', status: 'suspended', plan: 'pro' }]);
  });

  it('refuses a success body with the wrong types', async () => {
    const glow = await both((_req, res) => reply(res, 200, { valid: 'yes' }));
    await expect(glow.changeName({ name: 'n' })).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('keeps the status of a 404 without a body', async () => {
    const glow = await both((_req, res) => res.writeHead(404).end());
    const error = await glow.getAccountById('missing').catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toMatch(/: 404 Not Found$/);
  });

  it('retries GET, PUT and DELETE after a 500, never a POST', async () => {
    let n = 0;
    const glow = await both((_req, res) => reply(res, n++ % 2 === 0 ? 500 : 200, n % 2 === 1 ? { error: 'An error has occurred' } : {}));
    await glow.getAccountById('a');
    await glow.updateAccount('a', { name: 'n' });
    await glow.deleteAccount('a');
    await glow.removeMobileAppToken('a', { removeToken: 'tok-1' });
    expect(server.requests).toHaveLength(8);
    const error = await glow.changeName({ name: 'n' }).catch((e) => e);
    expect(error.message).toContain('500 Internal Server Error — An error has occurred');
    expect(error.attempts).toBe(1);
  });
});
