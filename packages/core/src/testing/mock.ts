import { closestExchange, mismatchMessage } from './closest';
import { type Exchange, responseParts } from './exchange';
import { type MockRequest, matchRequest } from './match';
import { onRoute } from './route';
import { createScenarios, type Scenarios } from './scenarios';

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

/** The matching core of every mock: a chosen scenario first, else the first exchange whose request matches, preferred ones and successes first. */
export interface Mock extends Pick<Scenarios, 'use'> {
  /** Back to the defaults for one operation, or for all (then `requests` and `problems` are emptied too). */
  reset(operation?: string): void;
  handle(req: MockRequest): Promise<MockResponse>;
  /** Requests no fixture matched (each answered with HTTP 599 and `x-acct-mock: no-match`). */
  readonly problems: string[];
  /** Every request received. */
  readonly requests: MockRequest[];
}

/** The header a mock sets on its 599 answer, so the client throws `MockMismatchError`. */
export const MOCK_HEADER = 'x-acct-mock';

/** Creates the matcher the mock server, the mock fetch, the msw handlers and the contract harness share. */
export function createMock(exchanges: readonly Exchange[], options: MockOptions & { scenarios?: Scenarios } = {}): Mock {
  const problems: string[] = [];
  const requests: MockRequest[] = [];
  const credentials = options.credentials ?? {};
  const fallback = options.credentials ? undefined : (name: string) => `mock-${name}`;
  const prefix = options.prefix ?? '';
  const scenarios = options.scenarios ?? createScenarios([]);
  return {
    problems,
    requests,
    use: scenarios.use,
    reset(operation) {
      scenarios.reset(operation);
      if (operation !== undefined) return;
      requests.length = 0;
      problems.length = 0;
    },
    async handle(req) {
      requests.push(req);
      const chosen = scenarios.answer(req.method, req.path, prefix);
      if (chosen) return responseParts(chosen, credentials, fallback);
      const matches: Exchange[] = [];
      for (const e of exchanges) if ((await matchRequest(e.request, req, options.credentials, prefix)).length === 0) matches.push(e);
      const best = matches.find((e) => e.preferred) ?? matches.find((e) => e.response.status < 300) ?? matches[0];
      if (best) return responseParts(best.response, credentials, fallback);
      const operations = [...scenarios.routes].filter(([, r]) => onRoute(r, req.method, req.path, prefix)).map(([op]) => op);
      const closest = await closestExchange(exchanges, req, options.credentials, prefix, operations);
      const message = redact(mismatchMessage(req, closest), Object.values(credentials));
      problems.push(message);
      const body = { message, request: `${req.method} ${req.path}`, closest: closest?.exchange.from, differences: closest?.differences };
      return {
        status: 599,
        headers: { 'content-type': 'application/json', [MOCK_HEADER]: 'no-match' },
        body: redact(JSON.stringify(body), Object.values(credentials)),
      };
    },
  };
}

// The credentials the mock was given never appear in its answer (a login body carries a password).
function redact(text: string, secrets: string[]): string {
  return secrets.filter((s) => s.length >= 4).reduce((t, s) => t.split(s).join('[REDACTED]'), text);
}
