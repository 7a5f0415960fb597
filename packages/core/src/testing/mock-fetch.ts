import type { Exchange } from './exchange';
import { mockRequest } from './match';
import { createMock, type Mock, type MockOptions } from './mock';

/** A `fetch` answering from a mock, with the mock's scenarios and records on it. */
export type MockFetch = typeof fetch & Pick<Mock, 'problems' | 'requests' | 'use' | 'reset'>;

/** Runs one fetch `Request` through a mock and builds the `Response` (no network, any runtime). */
export async function mockResponse(mock: Mock, request: Request): Promise<Response> {
  const headers: Record<string, string> = {};
  request.headers.forEach((v, k) => {
    headers[k] = v;
  });
  const raw = new Uint8Array(await request.arrayBuffer());
  const res = await mock.handle(mockRequest(request.method, request.url, headers, raw));
  // 204/205/304 carry no body: the Response constructor throws on one.
  const body = [204, 205, 304].includes(res.status) ? null : (res.body ?? null);
  return new Response(body, { status: res.status, headers: res.headers });
}

/** A `fetch` that answers from a mock without any network: for runtimes without servers (edge, workers, browsers). */
export function mockFetchOf(mock: Mock): MockFetch {
  const mockFetch = (input: RequestInfo | URL, init?: RequestInit) => mockResponse(mock, new Request(input, init));
  return Object.assign(mockFetch, { problems: mock.problems, requests: mock.requests, use: mock.use, reset: mock.reset });
}

/** A `fetch` that answers from the fixtures without any network: for runtimes without servers (edge, workers, browsers). */
export function createMockFetch(exchanges: readonly Exchange[], options: MockOptions = {}): MockFetch {
  return mockFetchOf(createMock(exchanges, options));
}
