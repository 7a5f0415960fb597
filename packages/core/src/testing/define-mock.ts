import { type FixtureIndex, indexFixtures, type NamedFixture } from './fixtures';
import { createMock, type Mock, type MockOptions } from './mock';
import { type MockFetch, mockFetchOf } from './mock-fetch';
import type { MockServer } from './mock-server';
import { createScenarios } from './scenarios';

/** A mock server for a vendor's API; `baseURL` is where its client should point. */
export interface VendorMockServer extends MockServer {
  baseURL: string;
}

/** A mock `fetch` for a vendor's API; `baseURL` is where its client should point. */
export type VendorMockFetch = MockFetch & { baseURL: string };

/** What a vendor package exports from `./testing`, over its contract fixtures. */
export interface VendorMocks {
  /** The fixtures by operation and scenario name: `fixtures.searchUsers['401']`. */
  fixtures: FixtureIndex;
  /** Serves the fixtures on 127.0.0.1 (Node, Bun, Deno); point the client at `server.baseURL`; `server.use(…)` chooses a scenario. */
  createMockServer(options?: MockOptions & { port?: number }): Promise<VendorMockServer>;
  /** A `fetch` answering from the fixtures without a network (browsers, edge runtimes, workers); use with `baseURL: mockFetch.baseURL`. */
  createMockFetch(options?: MockOptions): VendorMockFetch;
  /** The matcher itself with its own scenario state (what msw handlers are built on). */
  createMock(options?: MockOptions): Mock;
}

/** Builds a vendor's mocks; `serve` starts a server (absent in the browser build of core's testing kit). */
export function createVendorMocks(
  list: readonly NamedFixture[],
  basePath: string,
  serve: (mock: Mock, port?: number) => Promise<MockServer>,
): VendorMocks {
  const exchanges = list.flatMap((f) => f.exchanges);
  const mockOf = (options: MockOptions = {}) => createMock(exchanges, { ...options, scenarios: createScenarios(list) });
  return {
    fixtures: indexFixtures(list),
    async createMockServer(options = {}) {
      const server = await serve(mockOf(options), options.port);
      return Object.assign(server, { baseURL: server.url + basePath });
    },
    createMockFetch: (options) => Object.assign(mockFetchOf(mockOf(options)), { baseURL: `http://mock.invalid${basePath}` }),
    createMock: mockOf,
  };
}
