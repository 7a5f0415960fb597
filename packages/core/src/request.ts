import type { $Fetch } from 'ofetch';
import { AcctError, ConnectionError, HookError, RedirectError, RequestAbortedError, ResponseTooLargeError, TimeoutError } from './errors';
import { type AttemptState, type HookedAttempt, interceptors } from './hooks';
import { onAbort } from './internal/abort';
import { type ParsedBody, parseBody } from './internal/body';
import { DEFAULT_MAX_RESPONSE_BYTES, ownError, readBody, TooLarge } from './internal/read-body';
import { decideRedirect, REDIRECT_STATUSES } from './internal/redirect';
import { rootCause } from './internal/root-cause';
import { oneLine } from './internal/text';
import type { Redactor } from './redact';
import { boundedMessage, describe, headerRecord, statusLine, statusTextOf } from './response';

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
      await res?.body?.cancel().catch(() => {});
      throw signal.reason;
    }
    // Read once: each read of a Response getter is a brand check. A custom fetch that resolved to
    // something else fails here with a message that says so (this call's ConnectionError).
    const { status, headers } = (res ?? {}) as Response;
    if (typeof headers?.get !== 'function') throw new TypeError('the fetch function did not resolve to a Response');
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

function redirectError(attempt: Attempt, res: Response, location: string | undefined, reason: string, redact: Redactor): RedirectError {
  const shown = location === undefined ? undefined : redact.text(location);
  const to = shown === undefined ? '' : ` to ${JSON.stringify(oneLine(shown))}`;
  const status = statusLine(res, redact);
  const error = new RedirectError(redact.text(`${describe(attempt)}: ${status} — redirect${to} not followed: ${reason}`), {
    status: res.status,
    statusText: statusTextOf(res, redact),
    headers: headerRecord(res.headers, redact),
    body: '',
    method: attempt.method,
    url: redact.text(attempt.url),
  });
  error.location = shown;
  return error;
}
