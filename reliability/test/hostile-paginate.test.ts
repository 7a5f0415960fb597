import { callOperation } from '@acct/harness';
import { describe, expect, it } from 'vitest';
import { startHostileServer } from '../src/hostile-server';
import { loadVendors, suiteOptions } from '../src/targets';

const [thoughtspot] = await loadVendors(['thoughtspot']);
const target = thoughtspot?.targets.find((t) => t.operation === 'searchUsers');

describe('searchUsersAll against a server that ignores record_offset', () => {
  it('ends with a PaginationError on the second page instead of looping for ever', async () => {
    if (!target) throw new Error('thoughtspot searchUsers has no success fixture');
    const page = JSON.parse(JSON.stringify(target.main.response.body ?? [])) as unknown[];
    expect(page.length).toBeGreaterThan(0);
    // Every request gets the same page, whatever its record_offset.
    const server = await startHostileServer(target, target.adapter.credentials, (_res, ok) => ok());
    try {
      const client = target.adapter.createClient({
        baseURL: server.url,
        auth: target.fixture.auth ?? target.adapter.defaultAuth,
        credentials: target.adapter.credentials,
        ...suiteOptions,
      });
      const error = await callOperation(target.adapter, client, 'searchUsersAll', [{}, { pageSize: page.length }]).catch((e: Error) => e);
      expect((error as Error | undefined)?.name).toBe('PaginationError');
      expect(server.main).toHaveLength(2);
    } finally {
      await server.close();
    }
  });
});
