// msw request handlers over a vendor's fixtures (`@acct/<vendor>/testing/msw`); msw is an optional peer dependency.
import { type HttpHandler, http } from 'msw';
import type { VendorMocks } from './define-mock';
import type { Mock, MockOptions } from './mock';
import { mockResponse } from './mock-fetch';
import { routeKey } from './route';
import { createScenarios } from './scenarios';

/** Options of `createMswHandlers`. */
export interface MswOptions extends MockOptions {
  /** The `baseURL` your client uses (the vendor's default when omitted; `*` matches any origin). */
  baseURL?: string;
}

/** msw handlers answering from a vendor's fixtures, with the scenario state they share. */
export interface MswMock extends Pick<Mock, 'problems' | 'requests' | 'use' | 'reset'> {
  /** One handler per documented route, then a catch-all under the base URL that answers 599 with the closest fixture. */
  handlers: HttpHandler[];
}

/**
 * Builds `createMswHandlers` for a vendor: `basePath` is the part of its base URL the fixture paths
 * already carry (`/event`), `defaultBaseURL` the client's default (none for per-tenant hosts).
 */
export function defineMswHandlers(mocks: VendorMocks, basePath: string, defaultBaseURL = '*') {
  /** msw handlers for this vendor's API: `setupServer(...mock.handlers)` (Node) or `setupWorker(...mock.handlers)` (browser). */
  return function createMswHandlers(options: MswOptions = {}): MswMock {
    const base = (options.baseURL ?? defaultBaseURL).replace(/\/+$/, '');
    const origin = basePath && base.endsWith(basePath) ? base.slice(0, -basePath.length) : base;
    const mock = mocks.createMock(options);
    const resolver = ({ request }: { request: Request }) => mockResponse(mock, request);
    // The same routes the scenarios use, one handler each (`:p3` = a path parameter).
    const keys = new Set([...createScenarios(Object.values(mocks.fixtures).flatMap(Object.values)).routes.values()].map(routeKey));
    const handlers: HttpHandler[] = [...keys].map((key) => {
      const [method, path] = key.split(' ') as [string, string];
      return http[method.toLowerCase() as 'get'](origin + path, resolver);
    });
    // Any other request under a known base URL gets the mock's 599 diagnosis instead of reaching the network.
    if (origin !== '*') handlers.push(http.all(`${origin}${basePath}/*`, resolver));
    return { handlers, problems: mock.problems, requests: mock.requests, use: mock.use, reset: mock.reset };
  };
}
