import { afterEach, describe, expect, it } from 'vitest';
import { createMentionClient, NotFoundError } from '../src/index';
import { createMockFetch, createMockServer, type VendorMockServer } from '../src/testing';

let server: VendorMockServer | undefined;
afterEach(() => server?.close());

describe('@acct/mention/testing', () => {
  it('createMockServer serves the contract fixtures, errors included', async () => {
    server = await createMockServer();
    const mention = createMentionClient({ accessToken: 'any-test-token', baseURL: server.baseURL });
    const me = await mention.getMe();
    expect(me.account.name).toBe('John Smith');
    await expect(mention.getAccount('000000_doesnotexist')).rejects.toBeInstanceOf(NotFoundError);
    expect(server.problems).toEqual([]);
  });

  it('createMockFetch answers without a network', async () => {
    const fetch = createMockFetch();
    const mention = createMentionClient({ accessToken: 'any-test-token', baseURL: fetch.baseURL, fetch });
    expect((await mention.getMe())._links?.self?.href).toMatch(/^\/api\/accounts\//);
  });
});
