import { createVendorMocks, type VendorMocks } from './define-mock';
import type { NamedFixture } from './fixtures';
import { serveMock } from './mock-server';

export * from './exports';
export { createMockServer, serveMock } from './mock-server';

/** The mocks a vendor package exports from `./testing`, over its generated fixtures (`NamedFixture[]`): fixtures by name, a mock server, a mock fetch. */
export function defineMock(fixtures: readonly unknown[], basePath: string): VendorMocks {
  return createVendorMocks(fixtures as NamedFixture[], basePath, serveMock);
}
