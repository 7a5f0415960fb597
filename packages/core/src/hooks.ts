import { HookError } from './errors';
import { headerProblem } from './internal/headers';
import { ownError, type Reading } from './internal/read-body';
import { thrownText } from './internal/text';
import type { Redactor } from './redact';
import { statusTextOf } from './response';

/**
 * What a hook sees of one attempt, in ofetch's shape (`request`, `options`, `response`, `error`)
 * plus the call's facts. Credentials are redacted; headers set on `options.headers` in `onRequest`
 * are sent (tracing), except credential headers, which a hook cannot change. Every hook of one
 * attempt gets the same context object (and `options` object), a new one per attempt: per-attempt
 * state such as a span can be kept in a `WeakMap` keyed on either.
 */
export interface HookContext {
  /** The vendor operation (`searchUsers`). */
  operation: string;
  /** 1 for the first attempt, 2 for the first retry… */
  attempt: number;
  /** The HTTP method. */
  method: string;
  /** The request URL, redacted. */
  url: string;
  /** ofetch's `request`: the same redacted URL. */
  request: string;
  /** ofetch's `options`: the method and a redacted copy of the request headers; set headers here to send them. */
  options: { method: string; headers: Headers };
  /** When the attempt started (epoch ms). */
  startedAt: number;
  /** Milliseconds since the attempt started (on response and error hooks). */
  elapsedMs?: number;
  /** The HTTP status (on response hooks). */
  status?: number;
  /**
   * The response's status line and headers (credential-like headers such as `Set-Cookie` redacted):
   * not the body, which the SDK reads (a login's answer holds a token) and a hook must not consume.
   */
  response?: HookResponse;
  /** What failed (on `onRequestError`). */
  error?: Error;
}

/** What a hook sees of a response. */
export interface HookResponse {
  /** The HTTP status. */
  status: number;
  /** The status text. */
  statusText: string;
  /** A copy of the response headers, credentials redacted. */
  headers: Headers;
}

/** A hook: may be async; what it throws becomes a `HookError` and fails the call. */
export type Hook = (context: HookContext) => void | Promise<void>;

/** Hooks called per attempt, on the client and per call (the client's run first). */
export interface Hooks {
  /** Before each attempt is sent: add headers (`traceparent`), start a span. */
  onRequest?: Hook | Hook[];
  /** After each response, success or not. */
  onResponse?: Hook | Hook[];
  /** When an attempt gets no response (refused, reset, timeout, abort). */
  onRequestError?: Hook | Hook[];
  /** After a response that is not a success: not a 2xx, nor a status the operation documents as success (a 410). */
  onResponseError?: Hook | Hook[];
}

/** The client's and the call's hooks, merged per kind. */
export type HookSet = { [K in keyof Hooks]-?: Hook[] };

const list = (h: Hook | Hook[] | undefined): Hook[] => (h === undefined ? [] : Array.isArray(h) ? h : [h]);

/** Merges hook layers (client, then call); undefined when there is none, so the hot path skips them. */
export function mergeHooks(...layers: (Hooks | undefined)[]): HookSet | undefined {
  const set: HookSet = { onRequest: [], onResponse: [], onRequestError: [], onResponseError: [] };
  for (const layer of layers) for (const k of Object.keys(set) as (keyof Hooks)[]) set[k].push(...list(layer?.[k]));
  // Hooks, not keys: `{ onRequest: undefined }` or `[]` has none, and its attempts skip ofetch too.
  return Object.values(set).some((l) => l.length > 0) ? set : undefined;
}

/**
 * A status the call resolves with: one the vendor documents (a 410 for a delete), or any 2xx. A vendor
 * that answers 200 where its doc says 202 has done what was asked: an error would report a success
 * as a failure (and invite a repeat of a password change).
 */
export const succeeded = (success: readonly number[] | undefined, status: number): boolean =>
  (status > 199 && status < 300) || !!success?.includes(status);

/** Runs the hooks of one kind in order; a throwing hook becomes a `HookError` (redacted). */
export async function runHooks(hooks: Hook[], kind: keyof Hooks, context: HookContext, redact: Redactor): Promise<void> {
  for (const hook of hooks) {
    try {
      await hook(context);
    } catch (e) {
      // What a hook throws may be anything, a getter that throws or a hostile Proxy included.
      const error = new HookError(redact.text(`${context.operation}: the ${kind} hook threw — ${thrownText(e)}`), { cause: e });
      // An onRequest hook runs before anything is sent: that attempt was never made.
      if (kind === 'onRequest') error.beforeSend = true;
      throw error;
    }
  }
}

/** A copy of `headers` with the credential headers' values redacted, for a hook to read and extend. */
export function hookHeaders(headers: Headers, credentials: ReadonlyMap<string, string>): Headers {
  const view = new Headers(headers);
  for (const name of credentials.keys()) if (view.has(name)) view.set(name, '[REDACTED]');
  return view;
}

/** Copies what an `onRequest` hook set on its view back onto the real headers; credential headers are left alone. */
export function applyHookHeaders(view: Headers, headers: Headers, credentials: ReadonlyMap<string, string>, operation: string): void {
  // Every failure is a HookError of this attempt: a hook may have put anything on `options.headers`.
  let what: string | undefined;
  try {
    for (const [name, value] of view) {
      const problem = headerProblem(name, value);
      if (problem) {
        what = `set header "${name}" — ${problem}`;
        break;
      }
      if (!credentials.has(name) && headers.get(name) !== value) headers.set(name, value);
    }
  } catch {
    what = 'left options.headers unreadable';
  }
  if (what) throw Object.assign(new HookError(`${operation}: the onRequest hook ${what}`), { beforeSend: true });
}

/** The facts of one attempt the interceptors need. */
export interface HookedAttempt {
  operation: string;
  attempt: number;
  method: string;
  url: string;
  hooks?: HookSet | undefined;
  credentials?: ReadonlyMap<string, string> | undefined;
  success?: readonly number[] | undefined;
}

type FetchCtx = { options: { headers: Headers }; response?: Response; error?: Error };

/** How far one attempt has got, shared by `send()` and its interceptors. */
export interface AttemptState extends Reading {
  /** What stopped the attempt first: its timeout or the caller's abort. */
  stopped?: 'timeout' | 'caller';
  /** The attempt has settled: the call has moved on, and no hook of it runs any more. */
  settled?: boolean;
  /** User hooks running now: the attempt waits for them (hooks are awaited) before it gives up. */
  hooks: number;
}

/**
 * ofetch interceptors (`onRequest`, `onResponse`, `onRequestError`) that run the user's hooks for
 * one attempt with a redacted context (only an attempt with hooks goes through ofetch).
 */
export function interceptors(
  attempt: HookedAttempt & { hooks: HookSet },
  redact: Redactor,
  state: AttemptState,
): Record<string, (ctx: FetchCtx) => Promise<void>> {
  const { hooks } = attempt;
  // Runs the user's hooks, counted while they run; their HookError is this attempt's own (AttemptState.own).
  const counted = async (run: () => Promise<void>) => {
    state.hooks++;
    try {
      await run();
    } catch (e) {
      throw ownError(state, e);
    } finally {
      state.hooks--;
    }
  };
  const credentials = attempt.credentials ?? new Map<string, string>();
  const url = redact.text(attempt.url);
  const context: HookContext = {
    operation: attempt.operation,
    attempt: attempt.attempt,
    method: attempt.method,
    url,
    request: url,
    options: { method: attempt.method, headers: new Headers() },
    startedAt: Date.now(),
  };
  const elapsed = () => Date.now() - context.startedAt;
  return {
    async onRequest(ctx) {
      // A stopped attempt sends nothing (doFetch): no span is opened for it.
      if (hooks.onRequest.length === 0 || state.stopped || state.settled) return;
      context.options.headers = hookHeaders(ctx.options.headers, credentials);
      await counted(async () => {
        await runHooks(hooks.onRequest, 'onRequest', context, redact);
        applyHookHeaders(context.options.headers, ctx.options.headers, credentials, attempt.operation);
      });
    },
    async onResponse(ctx) {
      // A response that came after the attempt was stopped (from a fetch that ignores its signal) is not reported.
      if (state.stopped || state.settled) return;
      const res = ctx.response;
      const response = res && {
        status: res.status,
        statusText: statusTextOf(res, redact),
        headers: responseHeaders(res.headers, redact),
      };
      Object.assign(context, { response, status: res?.status, elapsedMs: elapsed() });
      await counted(async () => {
        await runHooks(hooks.onResponse, 'onResponse', context, redact);
        if (context.status !== undefined && !succeeded(attempt.success, context.status)) {
          await runHooks(hooks.onResponseError, 'onResponseError', context, redact);
        }
      });
    },
    async onRequestError(ctx) {
      if (!state.settled) {
        Object.assign(context, { error: ctx.error, elapsedMs: elapsed() });
        await counted(() => runHooks(hooks.onRequestError, 'onRequestError', context, redact));
      }
      // What fetch rejected with goes on, not the FetchError ofetch would wrap it in: an attempt
      // fails alike with and without hooks (request.ts sends one without straight to fetch).
      throw ctx.error;
    },
  };
}

// Response headers for a hook: a copy, with cookies and auth challenges dropped and any known secret redacted.
function responseHeaders(headers: Headers, redact: Redactor): Headers {
  const copy = new Headers();
  for (const [name, value] of headers) {
    if (/^(set-cookie|authorization|proxy-authenticate)$/i.test(name)) copy.set(name, '[REDACTED]');
    else copy.set(name, redact.text(value));
  }
  return copy;
}
