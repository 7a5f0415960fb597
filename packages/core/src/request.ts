import type { $Fetch } from 'ofetch';
import type { AnyEndpoint } from './endpoint';
import {
  AcctError,
  type ApiError,
  ConnectionError,
  createApiError,
  HookError,
  RateLimitError,
  RedirectError,
  RequestAbortedError,
  ResponseTooLargeError,
  ResponseValidationError,
  TimeoutError,
  type ValidationIssue,
  type VendorErrorDetails,
} from './errors';
import { type AttemptState, type HookedAttempt, interceptors } from './hooks';
import { onAbort } from './internal/abort';
import { type ParsedBody, parseBody } from './internal/body';
import { DEFAULT_MAX_RESPONSE_BYTES, ownError, readBody, TooLarge } from './internal/read-body';
import { decideRedirect, REDIRECT_STATUSES } from './internal/redirect';
import { rootCause } from './internal/root-cause';
import { MESSAGE_MAX, oneLine, SUMMARY_WINDOW, textSummary } from './internal/text';
import { check, isThenable } from './internal/validate';
import type { Redactor } from './redact';
import { parseRetryAfter } from './retry';

/** One HTTP exchange, ready to send. */
export interface Attempt extends HookedAttempt {
  /**
   * The headers of the first hop, given to fetch as they are: a wrapper may change them in place, so
   * nothing reads them once sent (a later hop and a 401's refresh use `fresh`).
   */
  headers: Headers;
  /** The same headers built again, as they were before any hop: for a later hop and for a 401's refresh. */
  fresh: () => Headers;
  body: string | FormData | undefined;
  timeout: number;
  signal?: AbortSignal | undefined;
  /** Most bytes of response body read, decompressed (default 16 MiB). */
  maxResponseBytes?: number | undefined;
  /** Extra fetch init options (an undici `dispatcher`). */
  fetchOptions?: Record<string, unknown> | undefined;
}

/** What came back, body already read. */
export interface Received {
  status: number;
  statusText: string;
  headers: Headers;
  body: ParsedBody;
}

/** Vendor facts the transport needs to turn a response into an error. */
export interface ErrorReading {
  /** The vendor's error body → a readable message. */
  errorMessage?: ((body: unknown) => string | undefined) | undefined;
  /** The vendor's error body → its code and details, as properties of the error. */
  errorDetails?: ((body: unknown) => VendorErrorDetails | undefined) | undefined;
  /** A vendor's own rate-limit header → delay in ms (e.g. Mention's `X-Rate-Limit-Reset`); read on 429 and 503 only. */
  retryAfter?: ((headers: Headers) => number | undefined) | undefined;
  /** Response headers that carry a request id. */
  requestIdHeaders: readonly string[];
}

const describe = (a: { operation?: string; method: string; url: string }) =>
  `${a.operation ? `${a.operation}: ` : ''}[${a.method}] ${JSON.stringify(a.url)}`;
/**
 * How long a timeout or an abort waits for the fetch to honour the attempt's signal before the
 * attempt settles without it (after a timeout, a user hook still running is waited for longer: send).
 */
export const GRACE_MS = 250;
// Statuses and methods whose responses have no body, whatever Content-Length says.
const NO_BODY = new Set([204, 205, 304]);

/**
 * Sends one attempt: through ofetch when it has hooks (its own retry and timeout off; see toolchain
 * notes: both are defective in 1.5.1), straight to fetch when not (`exchange`). The per-attempt
 * timeout is an AbortController composed with the caller's signal. Redirects are handled here (see
 * `decideRedirect`), and the body is read as a stream, bounded.
 * A timeout or the caller's abort aborts the attempt's signal; a fetch that honours it ends the
 * exchange at once (its `onRequestError` hooks run, as ever). One that ignores it (a wrapper that
 * drops it, an old polyfill, a body that never ends) cannot turn either into a hang: `GRACE_MS`
 * later the attempt settles itself and cancels the body it was reading.
 * Once stopped, the first cause decides the error (a late response, redirect or failure says nothing
 * more), except a hook's `HookError`, which fails the call as documented.
 */
export function send($fetch: $Fetch, attempt: Attempt, redact: Redactor): Promise<Received> {
  // A new controller per attempt: a fetch (a user's wrapper, a tracing patch) may keep listeners on
  // the signal, and a signal lent again would abort them on a later call's timeout.
  const controller = new AbortController();
  const caller = attempt.signal;
  const limit = attempt.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const state: AttemptState = { hooks: 0 };
  return new Promise<Received>((resolve, reject) => {
    let forced: ReturnType<typeof setTimeout> | undefined;
    const settle = (error: unknown, received?: Received) => {
      if (state.settled) return;
      state.settled = true;
      clearTimeout(timer);
      clearTimeout(forced);
      unsubscribe();
      if (received && !state.stopped) return resolve(received);
      // Run from a timer or a promise reaction: whatever failure() meets must reject, never escape.
      try {
        reject(failure(error));
      } catch (e) {
        reject(e);
      }
    };
    // After a timeout, a running hook is waited for (its HookError fails the call) as long again as
    // the timeout, at least a second: a hook that never returns cannot hold the call, or the process,
    // for ever. After the caller's abort, hooks are not waited for.
    let stoppedAt = 0;
    const giveUp = () => {
      const waited = Date.now() - stoppedAt;
      if (state.hooks > 0 && state.stopped === 'timeout' && waited < Math.max(attempt.timeout, 1_000)) {
        forced = setTimeout(giveUp, GRACE_MS);
        return;
      }
      state.reader?.cancel().catch(() => {});
      settle(undefined);
    };
    const stop = (why: 'timeout' | 'caller') => {
      state.stopped ??= why;
      stoppedAt ||= Date.now();
      controller.abort(why === 'caller' ? caller?.reason : undefined);
      forced ??= setTimeout(giveUp, GRACE_MS);
    };
    const unsubscribe = onAbort(caller, () => stop('caller'));
    const timer = Number.isFinite(attempt.timeout) ? setTimeout(() => stop('timeout'), attempt.timeout) : undefined;
    if (caller?.aborted) {
      state.stopped = 'caller';
      return settle(undefined);
    }
    exchange($fetch, attempt, controller.signal, limit, redact, state).then((received) => settle(undefined, received), settle);
  });

  /** What the attempt's failure is, typed and redacted. */
  function failure(error: unknown): AcctError {
    // Only what this attempt made is passed on as it is (AttemptState.own); anything else thrown from
    // fetch or the response is described in a ConnectionError, read by a rootCause that cannot throw.
    const own = error !== undefined && error === state.own;
    if (own && error instanceof HookError) return error;
    const where = () => redact.text(describe(attempt));
    const info = () => ({ method: attempt.method, url: redact.text(attempt.url) });
    // The caller's reason is the cause, never the error itself (even when it is one of ours).
    if (state.stopped === 'caller') return new RequestAbortedError(`${where()}: aborted by the caller`, { cause: caller?.reason });
    if (state.stopped === 'timeout') return new TimeoutError(`${where()}: no complete response within ${attempt.timeout} ms`, info());
    if (own && error instanceof AcctError) return error;
    if (own && error instanceof TooLarge) {
      controller.abort();
      const seen = error.declared ? `Content-Length declares ${error.bytes}, nothing was read` : `reading stopped at ${error.bytes}`;
      return new ResponseTooLargeError(`${where()}: the response body exceeds maxResponseBytes (${limit} bytes); ${seen}`, info(), limit);
    }
    const { code, text } = rootCause(error);
    // The text may be anyone's: redacted while whole, then one bounded line.
    const said = boundedMessage(text, redact) ?? '';
    // A code that holds a known secret (an upper-case key id) is dropped, not shown.
    const shown = code && redact.text(code) === code ? code : undefined;
    return new ConnectionError(`${where()}: connection failed — ${said}`, info(), { cause: new Error(said), code: shown });
  }
}

/** The exchange of one attempt: redirects followed as decided, the body read within `limit`. */
async function exchange(
  $fetch: $Fetch,
  attempt: Attempt,
  signal: AbortSignal,
  limit: number,
  redact: Redactor,
  state: AttemptState,
): Promise<Received> {
  // What every hop sends: ours win over fetchOptions (a dispatcher) and the interceptors' names.
  const wire = { method: attempt.method, headers: attempt.headers, body: attempt.body as BodyInit, signal, redirect: 'manual' } as const;
  // An attempt with hooks goes through ofetch, whose interceptors run them per hop (hooks.ts). One
  // without goes to fetch through ofetch's `native`. For what core sends, what ofetch does to a
  // request is done here too: a fresh init and headers per hop, the method upper-cased
  // (defineEndpoint), `accept` and a JSON body's `content-type` set (so ofetch adds none, and a hook
  // cannot remove one), and what fetch rejected with never taken for core's own error (`failure`).
  // The wire is the same on both paths (test/wire-paths.test.ts).
  const { hooks } = attempt;
  const hooked = hooks
    ? ({
        ...attempt.fetchOptions,
        ...interceptors(attempt as HookedAttempt & { hooks: typeof hooks }, redact, state),
        ...wire,
        retry: false,
        ignoreResponseError: true,
        responseType: 'stream',
      } as const)
    : undefined;
  let url = attempt.url;
  for (let hops = 0; ; hops++) {
    // Each hop gets its own init and headers: what a fetch wrapper does to them (appends a header,
    // replaces `init.headers`, signs or strips one in place) is not sent again on the next hop. ofetch
    // copies the headers it is given; without it, the first hop is given the attempt's own, and a
    // later one (and a 401's refreshAuth, client.ts) the same headers built again (`fresh`).
    const res = hooked
      ? await $fetch.raw(url, hooked)
      : await $fetch.native(url, { ...attempt.fetchOptions, ...wire, headers: hops ? attempt.fresh() : attempt.headers });
    // Past the deadline (a fetch that ignores its signal answered late), no hop is followed and nothing more is read.
    if (signal.aborted) {
      await res.body?.cancel().catch(() => {});
      throw signal.reason;
    }
    // Read once: each read of a Response getter is a brand check.
    const { status, headers } = res;
    // A browser hides a manual redirect behind an opaque response with status 0.
    if (res.type === 'opaqueredirect' || status === 0)
      throw ownError(state, redirectError(attempt, res, undefined, 'hidden by the browser', redact));
    if (REDIRECT_STATUSES.has(status)) {
      const location = headers.get('location');
      const decision = decideRedirect(attempt.method, url, location, hops);
      await res.body?.cancel().catch(() => {});
      if (!decision.follow) throw ownError(state, redirectError(attempt, res, decision.location, decision.reason, redact));
      url = decision.url;
      continue;
    }
    const empty = attempt.method === 'HEAD' || NO_BODY.has(status);
    if (empty) await res.body?.cancel().catch(() => {});
    const text = empty ? '' : await readBody(res, limit, state);
    return { status, statusText: res.statusText, headers, body: parseBody(text, headers.get('content-type')) };
  }
}

/** Response headers as a plain record, redacted (`Object.fromEntries` defines own keys: `__proto__` stays data). */
function headerRecord(headers: Headers, redact: Redactor): Record<string, string> {
  return redact.value(Object.fromEntries(headers));
}

function redirectError(attempt: Attempt, res: Response, location: string | undefined, reason: string, redact: Redactor): RedirectError {
  const shown = location === undefined ? undefined : redact.text(location);
  const to = shown === undefined ? '' : ` to ${JSON.stringify(oneLine(shown))}`;
  const status = `${res.status}${res.statusText ? ` ${oneLine(res.statusText, 60)}` : ''}`;
  const error = new RedirectError(redact.text(`${describe(attempt)}: ${status} — redirect${to} not followed: ${reason}`), {
    status: res.status,
    statusText: res.statusText,
    headers: headerRecord(res.headers, redact),
    body: '',
    method: attempt.method,
    url: redact.text(attempt.url),
  });
  error.location = shown;
  return error;
}

/**
 * The vendor's text made fit for an error message: redacted while whole (so a cut never leaves half
 * a secret), then one line of at most `MESSAGE_MAX` characters. Only a bounded prefix is looked at.
 */
function boundedMessage(text: unknown, redact: Redactor): string | undefined {
  if (typeof text !== 'string' || !text) return undefined;
  return oneLine(redact.text(text.length > SUMMARY_WINDOW ? text.slice(0, SUMMARY_WINDOW) : text), MESSAGE_MAX) || undefined;
}

/** Turns a non-success response into the matching `ApiError` subclass, redacted. */
export function toApiError(attempt: Attempt, res: Received, reading: ErrorReading, redact: Redactor): ApiError {
  const body = res.body.kind === 'empty' ? '' : res.body.value;
  let vendorMessage: string | undefined;
  try {
    vendorMessage = boundedMessage(reading.errorMessage?.(body), redact);
  } catch {
    // A vendor reader that throws on an unexpected body falls back to the common shapes.
  }
  vendorMessage ??= boundedMessage(defaultMessage(body), redact);
  const status = `${res.status}${res.statusText ? ` ${oneLine(res.statusText, 60)}` : ''}`;
  const requestId = reading.requestIdHeaders.map((h) => res.headers.get(h)).find(Boolean) ?? undefined;
  const id = requestId ? ` (request id ${oneLine(requestId, 100)})` : '';
  const message = `${describe(attempt)}: ${status}${vendorMessage ? ` — ${vendorMessage}` : ''}${id}`;
  const error = createApiError(redact.text(message), {
    status: res.status,
    statusText: res.statusText,
    headers: headerRecord(res.headers, redact),
    body: redact.value(body),
    requestId: requestId ? redact.text(requestId) : undefined,
    method: attempt.method,
    url: redact.text(attempt.url),
  });
  if (error instanceof RateLimitError) error.retryAfter = retryDelayOf(res.headers, reading);
  try {
    const found = reading.errorDetails?.(body);
    if (found?.code !== undefined) error.code = typeof found.code === 'string' ? oneLine(redact.text(found.code), 100) : found.code;
    if (found?.details) error.details = redact.value(found.details);
  } catch {
    // A vendor reader that fails on an odd body leaves the error without details.
  }
  return error;
}

/** The delay the server asked for, from the vendor's reader or `Retry-After`. */
export function retryDelayOf(headers: Headers, reading: ErrorReading): number | undefined {
  return reading.retryAfter?.(headers) ?? parseRetryAfter(headers);
}

// Common shapes: {message}, {error: "…"}, {error: {message}}, {error_description}, {detail: "…"}, text/HTML.
// Constant work for objects (a few own keys), a bounded prefix for text: never O(n²) on a hostile body.
function defaultMessage(body: unknown): string | undefined {
  if (typeof body === 'string') return textSummary(body);
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const own = (o: object, k: string) => (Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined);
  for (const key of ['message', 'error_description', 'detail', 'error', 'title']) {
    const v = own(body, key);
    if (typeof v === 'string' && v) return v;
    const inner = v && typeof v === 'object' ? own(v, 'message') : undefined;
    if (typeof inner === 'string' && inner) return inner;
  }
  return undefined;
}

/**
 * Checks a success response against the endpoint's schema and returns the typed data; synchronous
 * unless the schema is async. A mismatch throws `ResponseValidationError`.
 */
export function readSuccess(endpoint: AnyEndpoint, attempt: Attempt, res: Received, redact: Redactor): unknown {
  if (!endpoint.response) return undefined;
  const issues: ValidationIssue[] = [];
  if (res.body.kind === 'text' || res.body.kind === 'invalid-json') {
    const type = res.headers.get('content-type');
    issues.push({
      path: '(root)',
      message: `Expected a JSON body but received ${res.body.kind === 'text' ? (type ? oneLine(type, 100) : 'text') : 'malformed JSON'}`,
    });
    return mismatch(attempt, res, redact, issues);
  }
  const data = check(endpoint.response, res.body.value, '', issues);
  if (!isThenable(data)) return issues.length === 0 ? data : mismatch(attempt, res, redact, issues);
  return Promise.resolve(data).then((data) => (issues.length === 0 ? data : mismatch(attempt, res, redact, issues)));
}

function mismatch(attempt: Attempt, res: Received, redact: Redactor, issues: ValidationIssue[]): never {
  // Issue messages quote received values: each is bounded, and so is their number in the message.
  const shown = issues.slice(0, 10).map((i) => `${oneLine(i.path, 100)}: ${boundedMessage(i.message, redact) ?? ''}`);
  const list = shown.join('; ') + (issues.length > shown.length ? `; … ${issues.length - shown.length} more` : '');
  const error = new ResponseValidationError(
    redact.text(
      `${describe(attempt)}: ${res.status} ${oneLine(res.statusText, 60)} — response does not match the documented schema: ${list}`,
    ),
    { method: attempt.method, url: redact.text(attempt.url) },
    res.status,
    redact.value(issues),
    // A JSON body is re-encoded from its redacted parse: a secret the server escaped (`\/`, `\u0074`) is matched after decoding.
    res.body.kind === 'json' ? JSON.stringify(redact.value(res.body.value)) : redact.text(res.body.text),
  );
  // Nothing the server returned is lost: the parsed body stays on the error.
  error.data = res.body.kind === 'json' ? redact.value(res.body.value) : undefined;
  throw error;
}
