import type { ServerResponse } from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import { type Exchange, type FixtureRequest, type FixtureResponse, fill } from './fixture';
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
    const candidates = [];
    for (const e of queue) if ((await compare(e.request, req, e.source)).length === 0) candidates.push(e);
    const best = candidates.find((e) => e.response.status < 300) ?? candidates[0];
    if (!best) return fail(res, `no fixture matches ${label} ${req.text.slice(0, 200)}`);
    respond(res, best.response, best.source.credentials);
  });

  function fail(res: ServerResponse, problem: string) {
    problems.push(problem);
    res.writeHead(599, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `replay: ${problem}` }));
  }

  return { ...server, problems, pending: () => (mode === 'sequence' ? queue.slice(next) : []) };
}

/** Sends a fixture response, placeholders filled. */
export function respond(res: ServerResponse, response: FixtureResponse, credentials: Record<string, string>): void {
  const headers = fill(response.headers ?? {}, credentials);
  if (response.text !== undefined) return void res.writeHead(response.status, headers).end(fill(response.text, credentials));
  if (response.body === undefined) return void res.writeHead(response.status, headers).end();
  const hasType = Object.keys(headers).some((h) => h.toLowerCase() === 'content-type');
  res.writeHead(response.status, hasType ? headers : { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(fill(response.body, credentials)));
}

/** What differs between an expected request and the one that arrived (empty when it matches). */
export async function compare(expected: FixtureRequest, got: ReceivedRequest, source: Omit<ReplaySource, 'exchanges'>): Promise<string[]> {
  const diff: string[] = [];
  const prefix = source.prefix ?? '';
  if (expected.method !== got.method) diff.push(`method ${got.method} ≠ ${expected.method}`);
  if (prefix + expected.path !== got.path) return [...diff, `path ${got.path} ≠ ${prefix + expected.path}`];
  const query = expected.query ?? {};
  if (!isDeepStrictEqual(got.query, query)) diff.push(`query ${JSON.stringify(got.query)} ≠ ${JSON.stringify(query)}`);
  for (const [name, value] of Object.entries(expected.headers ?? {})) {
    const actual = got.headers[name.toLowerCase()];
    const want = value === null ? undefined : fill(value, source.credentials);
    if (actual !== want)
      diff.push(`header ${name}: ${actual === undefined ? 'absent' : 'different value'}${want === undefined ? ', must be absent' : ''}`);
  }
  if (expected.multipart) diff.push(...(await compareMultipart(expected.multipart, got)));
  else if (expected.body !== undefined) {
    const want = fill(expected.body, source.credentials);
    if (got.json === undefined) diff.push(`body is not JSON (content-type ${got.headers['content-type'] ?? 'absent'})`);
    else if (!isDeepStrictEqual(got.json, want)) diff.push(`body ${JSON.stringify(got.json)} ≠ ${JSON.stringify(want)}`);
  } else if (got.raw.length > 0) diff.push(`unexpected body ${got.text.slice(0, 100)}`);
  return diff;
}

async function compareMultipart(expected: NonNullable<FixtureRequest['multipart']>, got: ReceivedRequest): Promise<string[]> {
  const type = got.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) return [`content-type ${type} is not multipart/form-data`];
  const form = await new Response(new Uint8Array(got.raw), { headers: { 'content-type': type } }).formData();
  const diff: string[] = [];
  for (const [name, want] of Object.entries(expected)) {
    const part = form.get(name);
    if (part === null) diff.push(`multipart part "${name}" missing`);
    else if (typeof want === 'string') {
      if (part !== want) diff.push(`multipart part "${name}" differs`);
    } else if (typeof part === 'string') diff.push(`multipart part "${name}" is not a file`);
    else {
      if (want.filename !== undefined && part.name !== want.filename) diff.push(`file name ${part.name} ≠ ${want.filename}`);
      if (want.contentType !== undefined && part.type !== want.contentType) diff.push(`file type ${part.type} ≠ ${want.contentType}`);
      if (want.size !== undefined && part.size !== want.size) diff.push(`file size ${part.size} ≠ ${want.size}`);
    }
  }
  return diff;
}
