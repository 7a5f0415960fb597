import type { Exchange } from './exchange';
import { createMockFetch, type MockOptions } from './mock';
import { createMockServer, type MockServer } from './mock-server';

/** A mock server for a vendor's API; `baseURL` is where its client should point. */
export interface VendorMockServer extends MockServer {
  baseURL: string;
}

/** The two mocks a vendor package exports from `./testing`, over its contract fixtures. */
export function defineMock(exchanges: readonly unknown[], basePath: string) {
  const fixtures = exchanges as Exchange[];
  return {
    /** Serves this package's contract fixtures on 127.0.0.1 (Node, Bun, Deno); point the client at `server.baseURL`. */
    async createMockServer(options?: MockOptions & { port?: number }): Promise<VendorMockServer> {
      const server = await createMockServer(fixtures, options);
      return Object.assign(server, { baseURL: server.url + basePath });
    },
    /** A `fetch` answering from the fixtures without a network (edge runtimes, workers); use with `baseURL: mockFetch.baseURL`. */
    createMockFetch(options?: MockOptions) {
      return Object.assign(createMockFetch(fixtures, options), { baseURL: `http://mock.invalid${basePath}` });
    },
  };
}
