// The testing kit as bundlers targeting browsers and edge runtimes see it (the `browser` export
// condition): the same API, without the Node server, so no `node:` module is on this path.
import { ConfigurationError } from '../errors';
import { createVendorMocks, type VendorMocks } from './define-mock';
import type { Exchange } from './exchange';
import type { NamedFixture } from './fixtures';
import type { Mock, MockOptions } from './mock';
import type { MockServer } from './mock-server';

export * from './exports';

const noServer = (): Promise<never> =>
  Promise.reject(
    new ConfigurationError(
      'createMockServer needs a Node http server (Node, Bun, Deno); in a browser or an edge runtime use createMockFetch',
    ),
  );

/** Rejects: a server needs `node:http`. Use `createMockFetch` in browsers and edge runtimes. */
export function createMockServer(_exchanges: readonly Exchange[], _options?: MockOptions & { port?: number }): Promise<MockServer> {
  return noServer();
}

/** Rejects: a server needs `node:http`. */
export function serveMock(_mock: Mock, _port?: number): Promise<MockServer> {
  return noServer();
}

/** The mocks a vendor package exports from `./testing`; here `createMockServer` rejects (no `node:http`). */
export function defineMock(fixtures: readonly unknown[], basePath: string): VendorMocks {
  return createVendorMocks(fixtures as NamedFixture[], basePath, noServer);
}
