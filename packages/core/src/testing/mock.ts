import { type Exchange, responseParts } from './exchange';
import { type MockRequest, matchRequest, mockRequest } from './match';

/** Options of a mock. */
export interface MockOptions {
  /** Values of the fixtures' `{{placeholders}}`. Without them a credential header only has to be present, and responses say `mock-<name>`. */
  credentials?: Record<string, string>;
  /** A path prefix in front of every fixture path (several vendors on one server). */
  prefix?: string;
}

/** A response the mock chose. */
export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  body: string | undefined;
}

/** The matching core of every mock: the first exchange whose request matches, preferred ones and successes first. */
export interface Mock {
  handle(req: MockRequest): Promise<MockResponse>;
  /** Requests no fixture matched (each answered with HTTP 599). */
  readonly problems: string[];
  /** Every request received. */
  readonly requests: MockRequest[];
}

/** Creates the matcher the mock server, the mock fetch and the contract harness share. */
export function createMock(exchanges: readonly Exchange[], options: MockOptions = {}): Mock {
  const problems: string[] = [];
  const requests: MockRequest[] = [];
  const credentials = options.credentials ?? {};
  const fallback = options.credentials ? undefined : (name: string) => `mock-${name}`;
  return {
    problems,
    requests,
    async handle(req) {
      requests.push(req);
      const matches: Exchange[] = [];
      for (const e of exchanges)
        if ((await matchRequest(e.request, req, options.credentials, options.prefix)).length === 0) matches.push(e);
      const best = matches.find((e) => e.preferred) ?? matches.find((e) => e.response.status < 300) ?? matches[0];
      if (best) return responseParts(best.response, credentials, fallback);
      const problem = `no fixture matches ${req.method} ${req.path} ${req.text.slice(0, 200)}`;
      problems.push(problem);
      return { status: 599, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: `mock: ${problem}` }) };
    },
  };
}

/** A `fetch` that answers from the fixtures without any network: for runtimes without servers (edge, workers). */
export function createMockFetch(
  exchanges: readonly Exchange[],
  options: MockOptions = {},
): typeof fetch & Pick<Mock, 'problems' | 'requests'> {
  const mock = createMock(exchanges, options);
  const mockFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const headers: Record<string, string> = {};
    request.headers.forEach((v, k) => {
      headers[k] = v;
    });
    const raw = new Uint8Array(await request.arrayBuffer());
    const res = await mock.handle(mockRequest(request.method, request.url, headers, raw));
    return new Response(res.body ?? null, { status: res.status, headers: res.headers });
  };
  return Object.assign(mockFetch, { problems: mock.problems, requests: mock.requests });
}
