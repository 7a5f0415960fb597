import type { ServerResponse } from 'node:http';
import { createMock, type Exchange, type FixtureRequest, type FixtureResponse, matchRequest, responseParts } from '@acct/core/testing';
import { type ReceivedRequest, startServer, type TestServer } from './server';

/** One vendor's exchanges, served under `prefix` (`''` for a single vendor). */
export interface ReplaySource {
  prefix?: string;
  exchanges: Exchange[];
  /** Values of the `{{placeholders}}`. */
  credentials: Record<string, string>;
}

/** A replay server; `problems` lists every request that did not match, `pending` what was never asked for. */
export interface ReplayServer extends TestServer {
  problems: string[];
  pending(): Exchange[];
}

/**
 * Serves fixtures on loopback. `sequence`: the n-th request must match the n-th exchange (contract
 * tests). `route`: any exchange whose request matches, successes first (the demo and users' tests).
 * Anything unmatched gets a 599 naming what differed, and is recorded in `problems`.
 */
export async function startReplay(sources: ReplaySource[], mode: 'sequence' | 'route'): Promise<ReplayServer> {
  const problems: string[] = [];
  const queue = sources.flatMap((s) => s.exchanges.map((e) => ({ ...e, source: s })));
  let next = 0;
  // Route mode: core's mock (the one users get from `@acct/<vendor>/testing`), one per vendor prefix.
  const mocks = sources.map((s) => createMock(s.exchanges, { credentials: s.credentials, prefix: s.prefix ?? '' }));

  const server = await startServer(async (req, res) => {
    const label = `${req.method} ${req.path}`;
    if (mode === 'sequence') {
      const expected = queue[next];
      if (!expected) return fail(res, `unexpected extra request ${label}`);
      const diff = await compare(expected.request, req, expected.source);
      if (diff.length)
        return fail(
          res,
          `${label} does not match exchange ${next + 1} (${expected.request.method} ${expected.request.path}): ${diff.join('; ')}`,
        );
      next++;
      return respond(res, expected.response, expected.source.credentials);
    }
    for (const [i, mock] of mocks.entries()) {
      if (!req.path.startsWith(sources[i]!.prefix ?? '')) continue;
      const answer = await mock.handle(req);
      if (answer.status === 599) problems.push(...mock.problems.splice(0));
      return void res.writeHead(answer.status, answer.headers).end(answer.body);
    }
    fail(res, `no fixture matches ${label} ${req.text.slice(0, 200)}`);
  });

  function fail(res: ServerResponse, problem: string) {
    problems.push(problem);
    res.writeHead(599, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `replay: ${problem}` }));
  }

  return { ...server, problems, pending: () => (mode === 'sequence' ? queue.slice(next) : []) };
}

/** Sends a fixture response, placeholders filled. */
export function respond(res: ServerResponse, response: FixtureResponse, credentials: Record<string, string>): void {
  const { status, headers, body } = responseParts(response, credentials);
  res.writeHead(status, headers).end(body);
}

/** What differs between an expected request and the one that arrived (empty when it matches). */
export function compare(expected: FixtureRequest, got: ReceivedRequest, source: Omit<ReplaySource, 'exchanges'>): Promise<string[]> {
  return matchRequest(expected, got, source.credentials, source.prefix ?? '');
}
