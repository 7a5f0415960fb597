import { defineMswHandlers, type MswMock, type MswOptions } from '@acct/core/testing/msw';
import { mocks } from './testing';

export type { MswMock, MswOptions } from '@acct/core/testing/msw';

/**
 * msw handlers for the Glowmarkt API over this package's fixtures, with scenarios:
 * `const mock = createMswHandlers(); setupServer(...mock.handlers); mock.use('getAccounts', '401')`.
 */
export const createMswHandlers: (options?: MswOptions) => MswMock = defineMswHandlers(
  mocks,
  '/api/v0-1',
  'https://api.glowmarkt.com/api/v0-1',
);

/** Just the handlers: `setupServer(...handlers())` or `setupWorker(...handlers())`. */
export const handlers = (options?: MswOptions): MswMock['handlers'] => createMswHandlers(options).handlers;
