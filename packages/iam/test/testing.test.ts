import { afterEach, describe, expect, it } from 'vitest';
import { createIamClient } from '../src/index';
import { createMockFetch, createMockServer, type VendorMockServer } from '../src/testing';

let server: VendorMockServer | undefined;
afterEach(() => server?.close());

describe('@acct/iam/testing', () => {
  it('createMockServer serves the contract fixtures for your own tests', async () => {
    server = await createMockServer();
    const iam = createIamClient({ apiKey: 'any-test-key', baseURL: server.baseURL });
    const me = await iam.getMyUser();
    expect(me.user_type).toBe('Human');
    await expect(iam.deleteMyUser()).resolves.toBeUndefined(); // EazyRent's 410 Gone
    expect(server.problems).toEqual([]);
  });

  it('createMockFetch answers without a network', async () => {
    const fetch = createMockFetch();
    const iam = createIamClient({ apiKey: 'any-test-key', baseURL: fetch.baseURL, fetch });
    expect(await iam.getMyConfig()).toBeTypeOf('object');
  });
});
