import { callOperation, revive, startServer } from '@acct/harness';
import { credentialsIn, HOP_PATH, type HostileBehaviour, startHostileServer } from './hostile-server';
import { pool } from './pool';
import { suiteOptions, type Target } from './targets';

/** The outcome of one hostile case on one operation. */
export interface HostileResult {
  vendor: string;
  operation: string;
  case: string;
  passed: boolean;
  problems: string[];
  /** Credential values that reached the foreign origin. */
  foreignCredentials: number;
  /** 1 when the call resolved as success although a redirect changed its method. */
  successAfterMethodChange: number;
}

interface Case {
  name: string;
  behave: (foreign: string) => HostileBehaviour;
  /** `success`, or the error class the call must end in. */
  expect: (t: Target) => { outcome: string; hops: number; boundMs: number };
}

const REDIRECTS = [301, 302, 303, 307, 308];
// Timeouts are not under test here: a generous one keeps a loaded CI machine from failing a redirect case.
const TIMEOUT = 5_000;
const BOUND = 8_000;
const safe = (t: Target) => t.endpoint.method === 'GET' || t.endpoint.method === 'HEAD';

/** Every hostile case run in-process: redirects (5 statuses × cross/same origin) and out-of-range Retry-After. */
export const hostileCases: Case[] = [
  ...REDIRECTS.flatMap((status): Case[] => [
    {
      name: `${status} to another origin`,
      behave: (foreign) => (res, _ok, req) => void res.writeHead(status, { location: `${foreign}${req.path}` }).end(),
      expect: () => ({ outcome: 'RedirectError', hops: 0, boundMs: BOUND }),
    },
    {
      name: `${status} to the same origin`,
      behave: () => (res, _ok, _req, origin) => void res.writeHead(status, { location: `${origin}${HOP_PATH}` }).end(),
      expect: (t) => (safe(t) ? { outcome: 'success', hops: 1, boundMs: BOUND } : { outcome: 'RedirectError', hops: 0, boundMs: BOUND }),
    },
  ]),
  ...['-5', '1.5', '1e3', 'soon', '+2', '99999999999'].map(
    (value): Case => ({
      name: `503 with Retry-After: ${value}`,
      behave: () => (res) => void res.writeHead(503, { 'retry-after': value }).end(),
      // A valid but huge delay is capped by maxRetryDelay (2 s in the suite); anything else is the short backoff.
      expect: () => ({ outcome: 'success', hops: 0, boundMs: value === '99999999999' ? suiteOptions.maxRetryDelay + BOUND : BOUND }),
    }),
  ),
];

/** Runs one case on one operation, with a foreign origin that records whatever reaches it. */
export async function runHostileCase(target: Target, c: Case): Promise<HostileResult> {
  const credentials = target.adapter.credentials;
  const want = c.expect(target);
  const foreign = await startServer((_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  const server = await startHostileServer(target, credentials, c.behave(foreign.url));
  const problems: string[] = [];
  let outcome = 'success';
  const started = performance.now();
  try {
    const client = target.adapter.createClient({
      baseURL: server.url + target.adapter.basePath,
      auth: target.fixture.auth ?? target.adapter.defaultAuth,
      credentials,
      ...suiteOptions,
      timeout: TIMEOUT,
    });
    const error = await callOperation(target.adapter, client, target.operation, revive(target.fixture.args) as unknown[]).then(
      () => undefined,
      (e: Error) => e,
    );
    if (error) outcome = error.name;
    if (outcome !== want.outcome) problems.push(`ended in ${outcome}${error ? ` (${error.message})` : ''}, expected ${want.outcome}`);
    if (server.hops.length !== want.hops) problems.push(`${server.hops.length} redirect hops followed, expected ${want.hops}`);
  } finally {
    await Promise.all([server.close(), foreign.close()]);
  }
  const ms = Math.round(performance.now() - started);
  if (ms > want.boundMs) problems.push(`settled in ${ms} ms, bound ${want.boundMs} ms`);
  const foreignRequests = foreign.requests;
  if (foreignRequests.length) problems.push(`${foreignRequests.length} requests reached the foreign origin`);
  const foreignCredentials = credentialsIn(foreignRequests, credentials);
  const changed = server.hops.some((h) => h.method !== target.endpoint.method);
  return {
    vendor: target.vendor,
    operation: target.operation,
    case: c.name,
    passed: problems.length === 0,
    problems,
    foreignCredentials,
    successAfterMethodChange: changed && outcome === 'success' ? 1 : 0,
  };
}

/** Runs every hostile case on every target, `concurrency` at a time, each with its own foreign origin. */
export function runHostileMatrix(targets: Target[], concurrency = 8): Promise<HostileResult[]> {
  return pool(
    targets.flatMap((t) => hostileCases.map((c) => () => runHostileCase(t, c))),
    concurrency,
  );
}
