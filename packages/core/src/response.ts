import type { AnyEndpoint } from './endpoint';
import {
  type ApiError,
  createApiError,
  RateLimitError,
  ResponseValidationError,
  type ValidationIssue,
  type VendorErrorDetails,
} from './errors';
import { MESSAGE_MAX, oneLine, SUMMARY_WINDOW, textSummary } from './internal/text';
import { check, isThenable } from './internal/validate';
import type { Redactor } from './redact';
import type { Attempt, Received } from './request';
import { parseRetryAfter } from './retry';

// What a response becomes: an ApiError, or the checked data of a success (request.ts sends and reads it).

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

/** Where a message says it happened: `operation: [METHOD] "url"` (callers redact the message it goes into). */
export const describe = (a: { operation?: string; method: string; url: string }) =>
  `${a.operation ? `${a.operation}: ` : ''}[${a.method}] ${JSON.stringify(a.url)}`;

/** Response headers as a plain record, redacted (`Object.fromEntries` defines own keys: `__proto__` stays data). */
export function headerRecord(headers: Headers, redact: Redactor): Record<string, string> {
  return redact.value(Object.fromEntries(headers));
}

/** A response's status text, redacted; `''` when a fetch double gave none (or not a string). */
export const statusTextOf = (res: { statusText?: unknown }, redact: Redactor): string =>
  typeof res.statusText === 'string' ? redact.text(res.statusText) : '';

/** A response's status line for a message: `404 Not Found`, the status text redacted (before it is cut) on one bounded line. */
export const statusLine = (res: { status: number; statusText?: unknown }, redact: Redactor) => {
  const text = statusTextOf(res, redact);
  return `${res.status}${text ? ` ${oneLine(text, 60)}` : ''}`;
};

/**
 * The vendor's text made fit for an error message: redacted while whole (so a cut never leaves half
 * a secret), then one line of at most `MESSAGE_MAX` characters. Only a bounded prefix is looked at.
 */
export function boundedMessage(text: unknown, redact: Redactor): string | undefined {
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
  const status = statusLine(res, redact);
  const requestId = reading.requestIdHeaders.map((h) => res.headers.get(h)).find(Boolean) ?? undefined;
  const id = requestId ? ` (request id ${oneLine(requestId, 100)})` : '';
  const message = `${describe(attempt)}: ${status}${vendorMessage ? ` — ${vendorMessage}` : ''}${id}`;
  const error = createApiError(redact.text(message), {
    status: res.status,
    statusText: statusTextOf(res, redact),
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
    redact.text(`${describe(attempt)}: ${statusLine(res, redact)} — response does not match the documented schema: ${list}`),
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
