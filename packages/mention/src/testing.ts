import { defineMock } from '@acct/core/testing';
import fixtures from './fixtures.generated.json';

export type { MockOptions, VendorMockServer } from '@acct/core/testing';

/**
 * Mocks of the Mention API for your own tests, serving this package's contract fixtures:
 * `createMockServer()` on 127.0.0.1, `createMockFetch()` without a network.
 */
export const { createMockServer, createMockFetch } = defineMock(fixtures.exchanges, '/api');
