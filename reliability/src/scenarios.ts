import type { Behaviour } from './fault-server';
import { neverRepeated, retriedAfterSending, suiteOptions, type Target } from './targets';

/** What a scenario must end in: success or this error class, after this many attempts, within this time. */
export interface Expectation {
  error?: string;
  attempts: number;
  /** Logins expected, for vendors that log in (undefined: not checked). */
  logins?: number;
  boundMs: number;
}

/** One way a server misbehaves, and what the SDK must do about it. */
export interface Scenario {
  name: string;
  /** Whether the scenario applies to an operation (e.g. truncated JSON only where a body is expected). */
  applies(t: Target): boolean;
  behave: Behaviour;
  expect(t: Target): Expectation;
  /** Per-attempt timeout for this scenario (default `suiteOptions.timeout`). */
  timeout?: number;
  /** Abort the call this many ms after the request reached the server (so it is mid-request). */
  abortAfterArrival?: number;
}

const retries = suiteOptions.maxRetries;
const all = retries + 1;
const json = { 'content-type': 'application/json' };
const hasBody = (t: Target) => t.endpoint.response !== undefined;
// An empty body is a failure only where the schema refuses `undefined` (some 202s have an optional body).
const needsBody = (t: Target) => {
  const r = t.endpoint.response?.['~standard'].validate(undefined) as { issues?: unknown } | undefined;
  return r?.issues !== undefined;
};
// A client that logs in, calling an operation other than the login itself.
const logsIn = (t: Target) => t.aux.length > 0 && t.endpoint.auth !== false;
const successStatus = (t: Target) => t.endpoint.success[0]!;
const whenIdempotent = (t: Target, ok: Expectation, otherwise: Expectation) => (retriedAfterSending(t) ? ok : otherwise);

/** The fault matrix run against every landed vendor package. */
export const scenarios: Scenario[] = [
  {
    name: '500 then 200',
    applies: () => true,
    behave: (k, res, ok) => (k === 0 ? res.writeHead(500, json).end('{"message":"boom"}') : ok()),
    expect: (t) => whenIdempotent(t, { attempts: 2, boundMs: 1_500 }, { error: 'InternalServerError', attempts: 1, boundMs: 1_500 }),
  },
  {
    name: '503 with Retry-After: 1 (seconds)',
    applies: () => true,
    behave: (k, res, ok) => (k === 0 ? res.writeHead(503, { 'retry-after': '1' }).end() : ok()),
    // A write that must never go twice (a password change) is not retried after any 5xx: the app may have acted.
    expect: (t) => (neverRepeated(t) ? { error: 'InternalServerError', attempts: 1, boundMs: 1_500 } : { attempts: 2, boundMs: 3_000 }),
  },
  {
    name: '429 with Retry-After: <HTTP date>',
    applies: () => true,
    behave: (k, res, ok) => (k === 0 ? res.writeHead(429, { 'retry-after': new Date(Date.now() + 1_000).toUTCString() }).end() : ok()),
    expect: () => ({ attempts: 2, boundMs: 3_000 }),
  },
  {
    name: "429 with X-Rate-Limit-Reset (Mention's header)",
    applies: (t) => t.vendor === 'mention',
    behave: (k, res, ok) => (k === 0 ? res.writeHead(429, { 'x-rate-limit-reset': String(Math.ceil(Date.now() / 1000) + 1) }).end() : ok()),
    expect: () => ({ attempts: 2, boundMs: 3_500 }),
  },
  {
    name: 'connection reset before the response',
    applies: () => true,
    behave: (k, res, ok) => (k === 0 ? res.socket?.destroy() : ok()),
    expect: (t) => whenIdempotent(t, { attempts: 2, boundMs: 1_500 }, { error: 'ConnectionError', attempts: 1, boundMs: 1_500 }),
  },
  {
    name: 'reset in the middle of the body',
    applies: () => true,
    behave: (k, res, ok) => {
      if (k > 0) return ok();
      res.writeHead(200, { ...json, 'content-length': '1000' });
      res.write('{"partial":');
      setTimeout(() => res.socket?.destroy(), 10);
    },
    expect: (t) => whenIdempotent(t, { attempts: 2, boundMs: 1_500 }, { error: 'ConnectionError', attempts: 1, boundMs: 1_500 }),
  },
  {
    name: 'headers never come',
    applies: () => true,
    timeout: 400,
    behave: () => {},
    expect: (t) => ({ error: 'TimeoutError', attempts: retriedAfterSending(t) ? all : 1, boundMs: 4_000 }),
  },
  {
    name: 'caller aborts mid-request',
    applies: () => true,
    abortAfterArrival: 30,
    behave: () => {},
    expect: () => ({ error: 'RequestAbortedError', attempts: 1, boundMs: 1_000 }),
  },
  {
    name: 'HTML 502 page',
    applies: () => true,
    behave: (_k, res) =>
      res.writeHead(502, { 'content-type': 'text/html' }).end('<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>'),
    expect: (t) => ({ error: 'InternalServerError', attempts: retriedAfterSending(t) ? all : 1, boundMs: 1_500 }),
  },
  {
    name: '500 with no Content-Type',
    applies: () => true,
    behave: (_k, res) => res.writeHead(500).end('upstream exploded'),
    expect: (t) => ({ error: 'InternalServerError', attempts: retriedAfterSending(t) ? all : 1, boundMs: 1_500 }),
  },
  {
    name: 'truncated JSON on a success status',
    applies: hasBody,
    behave: (_k, res, _ok, _req, t) => res.writeHead(successStatus(t), json).end('{"id":"1","na'),
    expect: () => ({ error: 'ResponseValidationError', attempts: 1, boundMs: 1_000 }),
  },
  {
    name: 'empty success where JSON is expected',
    applies: needsBody,
    behave: (_k, res, _ok, _req, t) => res.writeHead(successStatus(t), json).end(),
    expect: () => ({ error: 'ResponseValidationError', attempts: 1, boundMs: 1_000 }),
  },
  {
    name: '401 then success after one token refresh',
    applies: logsIn,
    behave: (k, res, ok) => (k === 0 ? res.writeHead(401, json).end('{"error":"expired"}') : ok()),
    expect: () => ({ attempts: 2, logins: 2, boundMs: 1_500 }),
  },
  {
    name: '401 twice (one refresh only)',
    applies: logsIn,
    behave: (_k, res) => res.writeHead(401, json).end('{"error":"expired"}'),
    expect: () => ({ error: 'AuthenticationError', attempts: 2, logins: 2, boundMs: 1_500 }),
  },
  {
    name: '401 with a fixed credential (no refresh possible)',
    applies: (t) => !logsIn(t),
    behave: (_k, res) => res.writeHead(401, json).end('{"error":"bad credentials"}'),
    expect: () => ({ error: 'AuthenticationError', attempts: 1, boundMs: 1_000 }),
  },
  {
    name: '500 on a non-idempotent operation (not retried)',
    applies: (t) => !t.endpoint.idempotent,
    behave: (_k, res) => res.writeHead(500, json).end('{"message":"maybe processed"}'),
    expect: () => ({ error: 'InternalServerError', attempts: 1, boundMs: 1_000 }),
  },
];
