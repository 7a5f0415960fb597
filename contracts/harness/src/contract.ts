import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type Adapter, callOperation, endpointOf, routePattern } from './adapter';
import { fill, type LoadedFixture, loadFixtures, revive } from './fixture';
import { startReplay } from './replay';

const KINDS = Symbol.for('@acct/core.error-kinds');

/** Runs every fixture of `dir` against the vendor client through a sequence replay server. */
export function runContracts<C>(adapter: Adapter<C>, dir: string): void {
  const fixtures = loadFixtures(dir);

  describe(`${adapter.vendor} contracts`, () => {
    it('has a success fixture for every declared operation', () => {
      const covered = new Set(fixtures.filter((f) => succeeds(adapter, f)).map((f) => f.operation));
      const missing = Object.keys(adapter.endpoints).filter((op) => !covered.has(op));
      expect(missing).toEqual([]);
    });

    it.each(fixtures.map((f) => [f.file, f] as const))('%s keys a declared endpoint and its route', (_file, f) => {
      const endpoint = endpointOf(adapter, f.operation);
      expect(endpoint, `operation ${f.operation} is not declared`).toBeDefined();
      const route = routePattern(adapter.basePath, endpoint!.path);
      const hits = f.exchanges.filter((e) => e.request.method === endpoint!.method && route.test(e.request.path));
      expect(hits.length, `no exchange is ${endpoint!.method} ${endpoint!.path}`).toBeGreaterThan(0);
    });

    it.each(fixtures.map((f) => [`${f.file}: ${f.title}`, f] as const))('%s', async (_name, f) => {
      const server = await startReplay([{ exchanges: f.exchanges, credentials: adapter.credentials }], 'sequence');
      try {
        const client = adapter.createClient({
          baseURL: server.url + adapter.basePath,
          auth: f.auth ?? adapter.defaultAuth,
          credentials: adapter.credentials,
          maxRetries: f.retries ?? 0,
          retryDelay: 1,
          maxRetryDelay: 20,
        });
        const outcome = await callOperation(adapter, client, f.operation, revive(f.args) as unknown[]).then(
          (result) => ({ result, error: undefined }),
          (error: Error) => ({ result: undefined, error }),
        );
        expect(server.problems, 'requests that matched no exchange').toEqual([]);
        expect(
          server.pending().map((e) => `${e.request.method} ${e.request.path}`),
          'exchanges never requested',
        ).toEqual([]);
        if (f.expect?.error) {
          const error = outcome.error as Error & { status?: number; [KINDS]?: string[] };
          expect(error, `expected ${f.expect.error}, got a result`).toBeDefined();
          expect(error.name).toBe(f.expect.error);
          expect(error[KINDS], 'a typed @acct error').toContain('AcctError');
          if (f.expect.status !== undefined) expect(error.status).toBe(f.expect.status);
          if (f.expect.messageIncludes) expect(error.message).toContain(f.expect.messageIncludes);
          const views = [error.message, error.stack, JSON.stringify(error), inspect(error, { depth: 8 })].join('\n');
          for (const secret of Object.values(adapter.credentials))
            expect(views, 'a credential leaked into the error').not.toContain(secret);
          return;
        }
        if (outcome.error) throw outcome.error;
        if (f.expect?.void) expect(outcome.result).toBeUndefined();
        else {
          const last = f.exchanges.at(-1)!.response;
          const expected = 'result' in (f.expect ?? {}) ? f.expect!.result : last.body;
          expect(outcome.result).toEqual(fill(expected, adapter.credentials));
        }
      } finally {
        await server.close();
      }
    });
  });
}

function succeeds(adapter: Adapter<unknown>, f: LoadedFixture): boolean {
  const endpoint = adapter.endpoints[f.operation];
  return !f.expect?.error && !!endpoint && f.exchanges.some((e) => endpoint.success.includes(e.response.status));
}
