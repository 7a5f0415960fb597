import { defineMock, type VendorMocks } from '@acct/core/testing';
import generated from './fixtures.generated.json';

export type {
  FixtureIndex,
  FixtureResponse,
  MockOptions,
  NamedFixture,
  ScenarioChoice,
  VendorMockFetch,
  VendorMockServer,
  VendorMocks,
} from '@acct/core/testing';

/** The Thirdwatch mocks, over this package's contract fixtures (also what `./testing/msw` builds on). */
export const mocks: VendorMocks = defineMock(generated.fixtures, '/event');

/** The fixtures by operation and scenario name (`fixtures.updateAccount['200'].args` = inputs the mock answers). */
export const fixtures: typeof mocks.fixtures = mocks.fixtures;

/** Serves the fixtures on 127.0.0.1 (Node, Bun, Deno): `client = create…Client({ baseURL: server.baseURL })`, `server.use('updateAccount', '401')`. */
export const createMockServer: typeof mocks.createMockServer = mocks.createMockServer;

/** A `fetch` answering from the fixtures without a network (browsers, edge runtimes): `{ fetch: mockFetch, baseURL: mockFetch.baseURL }`. */
export const createMockFetch: typeof mocks.createMockFetch = mocks.createMockFetch;
