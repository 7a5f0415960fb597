import { defineMswHandlers, type MswMock, type MswOptions } from '@acct/core/testing/msw';
import { mocks } from './testing';

export type { MswMock, MswOptions } from '@acct/core/testing/msw';

/**
 * msw handlers for the Thirdwatch API over this package's fixtures, with scenarios:
 * `const mock = createMswHandlers(); setupServer(...mock.handlers); mock.use('updateAccount', '401')`.
 */
export const createMswHandlers: (options?: MswOptions) => MswMock = defineMswHandlers(mocks, '/event', 'https://api.thirdwatch.ai/event');

/** Just the handlers: `setupServer(...handlers())` or `setupWorker(...handlers())`. */
export const handlers = (options?: MswOptions): MswMock['handlers'] => createMswHandlers(options).handlers;
