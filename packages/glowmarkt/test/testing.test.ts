import { afterEach, describe, expect, it } from 'vitest';
import { createGlowmarktClient } from '../src/index';
import { createMockFetch, createMockServer, type VendorMockServer } from '../src/testing';

let server: VendorMockServer | undefined;
afterEach(() => server?.close());

describe('@acct/glowmarkt/testing', () => {
  it('createMockServer serves the login and the account calls for your own tests', async () => {
    server = await createMockServer();
    const glow = createGlowmarktClient({
      applicationId: 'any-app-id',
      username: 'me@example.com',
      password: 'any-password',
      baseURL: server.baseURL,
    });
    const session = await glow.authenticate();
    expect(session.token).toMatch(/^mock-/); // placeholders without credentials become mock-<name>
    expect((await glow.getAccountStatusByUserToken()).status).toBe('active');
    expect(server.problems).toEqual([]);
  });

  it('createMockFetch answers without a network', async () => {
    const fetch = createMockFetch();
    const glow = createGlowmarktClient({ applicationId: 'any-app-id', token: 'any-jwt-token', baseURL: fetch.baseURL, fetch });
    expect((await glow.getAccountStatusByUserToken()).active).toBe(true);
  });
});
