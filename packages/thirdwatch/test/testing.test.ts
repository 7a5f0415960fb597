import { afterEach, describe, expect, it } from 'vitest';
import { createThirdwatchClient } from '../src/index';
import { createMockFetch, createMockServer, type VendorMockServer } from '../src/testing';

let server: VendorMockServer | undefined;
afterEach(() => server?.close());

describe('@acct/thirdwatch/testing', () => {
  it('createMockServer serves the contract fixtures for your own tests', async () => {
    server = await createMockServer();
    const thirdwatch = createThirdwatchClient({ apiKey: 'any-test-key', baseURL: server.baseURL });
    await expect(thirdwatch.logout({ _userId: 'user-9041', _sessionId: 'sess-5f1c', _customInfo: { reason: 'idle' } })).resolves.toEqual({
      message: 'Success',
    });
    expect(server.problems).toEqual([]);
  });

  it('createMockFetch answers without a network', async () => {
    const fetch = createMockFetch();
    const thirdwatch = createThirdwatchClient({ apiKey: 'any-test-key', baseURL: fetch.baseURL, fetch });
    await expect(thirdwatch.linkSessionToUser({ _userId: 'user-9041', _sessionId: 'guest-sess-31' })).resolves.toEqual({
      message: 'Success',
    });
    const unmatched = await thirdwatch.logout({ _userId: 'someone-else' }).catch((e) => e);
    expect(unmatched.status).toBe(599);
    expect(fetch.problems).toHaveLength(1);
  });
});
