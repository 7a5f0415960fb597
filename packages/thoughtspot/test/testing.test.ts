import { afterEach, describe, expect, it } from 'vitest';
import { createThoughtSpotClient } from '../src/index';
import { createMockFetch, createMockServer, type VendorMockServer } from '../src/testing';

let server: VendorMockServer | undefined;
afterEach(() => server?.close());

describe('@acct/thoughtspot/testing', () => {
  it('createMockServer serves the login and the users calls for your own tests', async () => {
    server = await createMockServer();
    const ts = createThoughtSpotClient({ baseURL: server.baseURL, username: 'any-admin', password: 'any-password' });
    const [ann] = await ts.searchUsers({ user_identifier: 'ann.lee' });
    expect(ann?.display_name).toBe('Ann Lee');
    expect(server.problems).toEqual([]);
  });

  it('createMockFetch answers without a network', async () => {
    const fetch = createMockFetch();
    const ts = createThoughtSpotClient({ baseURL: fetch.baseURL, token: 'any-token', fetch });
    expect(await ts.searchUsers({ name_pattern: 'ann', record_offset: 0, record_size: 10 })).toHaveLength(1);
  });
});
