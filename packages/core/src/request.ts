import type { $Fetch } from 'ofetch';
import type { AnyEndpoint } from './endpoint';
import {
  AcctError,
  type ApiError,
  ConnectionError,
  createApiError,
  RateLimitError,
  RequestAbortedError,
  ResponseValidationError,
  TimeoutError,
  type ValidationIssue,
  type VendorErrorDetails,
} from './errors';
import { type HookedAttempt, interceptors } from './hooks';
import { type ParsedBody, parseBody, textSummary } from './internal/body';
import { checkResponse } from './internal/validate';
import type { Redactor } from './redact';
import { parseRetryAfter } from './retry';

/** One HTTP exchange, ready to send. */
export interface Attempt extends HookedAttempt {
  headers: Headers;
  body: string | FormData | undefined;
  timeout: number;
  signal?: AbortSignal | undefined;
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
 * Sends one attempt through ofetch with its own retry and timeout off (see toolchain notes: both
 * are defective in 1.5.1); the per-attempt timeout is an AbortController composed with the caller's signal.
 */
export async function send($fetch: $Fetch, attempt: Attempt, redact: Redactor): Promise<Received> {
  const controller = new AbortController();
  const caller = attempt.signal;
  let timedOut = false;
  const onAbort = () => controller.abort(caller?.reason);
  caller?.addEventListener('abort', onAbort, { once: true });
  const timer = Number.isFinite(attempt.timeout)
    ? setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, attempt.timeout)
    : undefined;
  try {
    if (caller?.aborted) throw caller.reason;
    const res = await $fetch.raw<string, 'text'>(attempt.url, {
      ...attempt.fetchOptions,
      ...interceptors(attempt, redact),
      method: attempt.method,
      headers: attempt.headers,
      body: attempt.body as BodyInit,
      signal: controller.signal,
      retry: false,
      ignoreResponseError: true,
      responseType: 'text',
    });
    return {
      status: res.status,
      statusText: res.statusText,
      headers: res.headers,
      body: parseBody(res._data, res.headers.get('content-type')),
    };
  } catch (error) {
    // A hook's own error (HookError) reaches the caller as it is.
    if (error instanceof AcctError) throw error;
    const where = redact.text(describe(attempt));
    const info = { method: attempt.method, url: redact.text(attempt.url) };
    if (caller?.aborted) throw new RequestAbortedError(`${where}: aborted by the caller`);
    if (timedOut) throw new TimeoutError(`${where}: no complete response within ${attempt.timeout} ms`, info);
    const reason = rootCause(error);
    const failure = new ConnectionError(`${where}: connection failed — ${redact.text(reason)}`, info, {
      cause: new Error(redact.text(reason)),
    });
    throw Object.assign(failure, { code: socketCode(error) });
  } finally {
    clearTimeout(timer);
    caller?.removeEventListener('abort', onAbort);
  }
}

// The socket error's code (`ECONNREFUSED`, `ENOTFOUND`…), innermost first.
function socketCode(error: unknown): string | undefined {
  let e = error as { cause?: unknown; code?: unknown } | undefined;
  let code: string | undefined;
  for (let depth = 0; e && depth < 6; depth++, e = e.cause as typeof e) if (typeof e.code === 'string') code = e.code;
  return code;
}

// ofetch wraps undici's `TypeError: fetch failed`, which wraps the socket error: report the innermost.
function rootCause(error: unknown): string {
  let e = error as { cause?: unknown; code?: string; message?: string } | undefined;
  for (let depth = 0; e?.cause && depth < 5; depth++) e = e.cause as typeof e;
  return [e?.code, e?.message].filter(Boolean).join(' ') || String(error);
}

/** Turns a non-success response into the matching `ApiError` subclass, redacted. */
export function toApiError(attempt: Attempt, res: Received, reading: ErrorReading, redact: Redactor): ApiError {
  const body = res.body.kind === 'empty' ? '' : res.body.value;
  let vendorMessage: string | undefined;
  try {
    vendorMessage = reading.errorMessage?.(body) ?? defaultMessage(body);
  } catch {
    vendorMessage = defaultMessage(body);
  }
  const status = `${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
  const requestId = reading.requestIdHeaders.map((h) => res.headers.get(h)).find(Boolean) ?? undefined;
  const message = `${describe(attempt)}: ${status}${vendorMessage ? ` — ${vendorMessage}` : ''}${requestId ? ` (request id ${requestId})` : ''}`;
  const error = createApiError(redact.text(message), {
    status: res.status,
    statusText: res.statusText,
    headers: redact.value(Object.fromEntries(res.headers)),
    body: redact.value(body),
    requestId: requestId ? redact.text(requestId) : undefined,
    method: attempt.method,
    url: redact.text(attempt.url),
  });
  if (error instanceof RateLimitError) error.retryAfter = retryDelayOf(res.headers, reading);
  try {
    const found = reading.errorDetails?.(body);
    if (found?.code !== undefined) error.code = typeof found.code === 'string' ? redact.text(found.code) : found.code;
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
function defaultMessage(body: unknown): string | undefined {
  if (typeof body === 'string') return textSummary(body);
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  for (const key of ['message', 'error_description', 'detail', 'error', 'title']) {
    const v = b[key];
    if (typeof v === 'string' && v) return v;
    if (v && typeof v === 'object' && typeof (v as { message?: unknown }).message === 'string') {
      return (v as { message: string }).message;
    }
  }
  return undefined;
}

/** Checks a success response against the endpoint's schema and returns the typed data. */
export async function readSuccess(endpoint: AnyEndpoint, attempt: Attempt, res: Received, redact: Redactor): Promise<unknown> {
  if (!endpoint.response) return undefined;
  const issues: ValidationIssue[] = [];
  let data: unknown;
  if (res.body.kind === 'text' || res.body.kind === 'invalid-json') {
    issues.push({
      path: '(root)',
      message: `Expected a JSON body but received ${res.body.kind === 'text' ? res.headers.get('content-type') || 'text' : 'malformed JSON'}`,
    });
  } else {
    data = await checkResponse(endpoint.response, res.body.value, issues);
  }
  if (issues.length === 0) return data;
  const list = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  const error = new ResponseValidationError(
    redact.text(`${describe(attempt)}: ${res.status} ${res.statusText} — response does not match the documented schema: ${list}`),
    { method: attempt.method, url: redact.text(attempt.url) },
    res.status,
    redact.value(issues),
    redact.text(res.body.text),
  );
  error.data = res.body.kind === 'json' ? redact.value(res.body.value) : undefined;
  throw error;
}
