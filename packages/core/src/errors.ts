/**
 * Every error the SDKs throw. All of them extend `AcctError`; `instanceof` works across two
 * installed copies of core because classes are matched by a registered brand, not by identity.
 */

const KINDS = Symbol.for('@acct/core.error-kinds');

/** One problem found by a schema: where (`path`, e.g. `users.0.email`) and what. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** Response headers worth showing in logs: the rest (CORS, caching, cookies) stays on `error.headers` only. */
const SHOWN_HEADER =
  /^(content-type|content-length|retry-after|www-authenticate|location|date)$|request-?id|correlation|trace|rate-?limit/i;

/** The headers `toJSON` and `util.inspect` show: content type, rate limits, request ids, `Retry-After`, `Location`. */
export function curatedHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) if (SHOWN_HEADER.test(k)) out[k] = v;
  return out;
}

/** Base class of every error thrown by an @acct SDK. */
export class AcctError extends Error {
  static readonly kind: string = 'AcctError';
  /** The vendor operation that failed (`searchUsers`), when the error comes from a call. */
  operation: string | undefined;
  /** Number of HTTP attempts that were made before this error was thrown (0 when nothing was sent). */
  attempts = 0;
  /** Milliseconds from the start of the call to this error, retries and waits included. */
  elapsedMs: number | undefined;
  declare readonly [KINDS]: readonly string[];

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    const kinds: string[] = [];
    for (let c = new.target as unknown as { kind?: string }; c?.kind; c = Object.getPrototypeOf(c)) {
      if (!kinds.includes(c.kind)) kinds.push(c.kind);
    }
    Object.defineProperty(this, KINDS, { value: kinds });
  }

  // Brand check instead of prototype identity, so errors from another copy of core still match.
  // `this` is the class on the right of `instanceof` (a subclass inherits this method).
  static override [Symbol.hasInstance](value: unknown): boolean {
    const kinds = (value as { [KINDS]?: unknown } | null)?.[KINDS];
    // biome-ignore lint/complexity/noThisInStatic: `this` must be the subclass being tested
    return Array.isArray(kinds) && kinds.includes(this.kind);
  }

  /** A plain, credential-free view of the error for logs and JSON (headers curated). */
  toJSON(): Record<string, unknown> {
    const { stack: _stack, ...own } = this as unknown as Record<string, unknown>;
    const headers = (this as { headers?: Record<string, string> }).headers;
    return { name: this.name, message: this.message, ...own, ...(headers ? { headers: curatedHeaders(headers) } : {}) };
  }

  // `util.inspect` (console.log in Node) shows the stack and the same curated fields as `toJSON`.
  [Symbol.for('nodejs.util.inspect.custom')](_depth: number, options: object, inspect: (v: unknown, o: object) => string): string {
    const { name: _n, message: _m, ...fields } = this.toJSON();
    return `${this.stack ?? `${this.name}: ${this.message}`} ${inspect(fields, options)}`;
  }
}

/** The client was constructed or called with options that cannot work (missing or mixed credentials, bad baseURL…). */
export class ConfigurationError extends AcctError {
  static override readonly kind: string = 'ConfigurationError';
}

/** The input of a call failed its schema; nothing was sent. */
export class RequestValidationError extends AcctError {
  static override readonly kind: string = 'RequestValidationError';
  /** The method of the request that was not sent, when a call was refused. */
  method: string | undefined;
  /** The URL template of the request that was not sent (`…/users/{user_identifier}/update`). */
  url: string | undefined;
  constructor(
    message: string,
    readonly issues: ValidationIssue[],
  ) {
    super(message);
  }
}

/** Data common to errors that happened while talking to the server. */
export interface RequestInfo {
  method: string;
  url: string;
}

/** Vendor error details read from an error body: its own code and anything else worth a property. */
export interface VendorErrorDetails {
  /** The vendor's error code (ThoughtSpot `10002`, Mention `invalid_grant`). */
  code?: string | number | undefined;
  /** Further fields: form errors by field, incident and trace ids, a validation list. */
  details?: Record<string, unknown> | undefined;
}

/** The server answered with a success status but a body that does not match the documented schema. */
export class ResponseValidationError extends AcctError {
  static override readonly kind: string = 'ResponseValidationError';
  readonly method: string;
  readonly url: string;
  /** The parsed body as received (redacted), so nothing the server returned is lost. */
  data: unknown;
  constructor(
    message: string,
    info: RequestInfo,
    readonly status: number,
    readonly issues: ValidationIssue[],
    /** The raw response text, redacted. */
    readonly body: string,
  ) {
    super(message);
    this.method = info.method;
    this.url = info.url;
  }
}

/** The request never got a complete response: refused, reset, DNS failure, or the body broke off. */
export class ConnectionError extends AcctError {
  static override readonly kind: string = 'ConnectionError';
  readonly method: string;
  readonly url: string;
  /** The socket or DNS error code when known (`ECONNREFUSED`, `ENOTFOUND`, `EAI_AGAIN`, `ECONNRESET`, `UND_ERR_SOCKET`…). */
  readonly code?: string;
  constructor(message: string, info: RequestInfo, options?: { cause?: unknown; code?: string | undefined }) {
    super(message, options);
    this.method = info.method;
    this.url = info.url;
    if (options?.code) this.code = options.code;
  }
}

/** The response body was larger than `maxResponseBytes` (counted decompressed); reading stopped there. Never retried. */
export class ResponseTooLargeError extends AcctError {
  static override readonly kind: string = 'ResponseTooLargeError';
  readonly method: string;
  readonly url: string;
  constructor(
    message: string,
    info: RequestInfo,
    /** The limit in bytes that was exceeded. */
    readonly limit: number,
  ) {
    super(message);
    this.method = info.method;
    this.url = info.url;
  }
}

/** A paged list did not advance (the same page again, more items than asked) or exceeded `maxPages`. */
export class PaginationError extends AcctError {
  static override readonly kind: string = 'PaginationError';
}

/** An attempt took longer than `timeout` milliseconds. */
export class TimeoutError extends ConnectionError {
  static override readonly kind: string = 'TimeoutError';
}

/** The caller's `AbortSignal` fired; never retried. `cause` is the signal's reason. */
export class RequestAbortedError extends AcctError {
  static override readonly kind: string = 'RequestAbortedError';
  /** The request's method, when the abort happened during a call. */
  method: string | undefined;
  /** The request's URL (redacted), when the abort happened during a call. */
  url: string | undefined;
}

/** A hook (`onRequest`, `onResponse`…) threw; the call fails with this error, never retried. `cause` is what it threw. */
export class HookError extends AcctError {
  static override readonly kind: string = 'HookError';
  /** True when an `onRequest` hook threw: that attempt was never sent. */
  beforeSend = false;
}

/** Everything known about an unexpected HTTP status. */
export interface ApiErrorData extends RequestInfo {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  /** Parsed JSON when the body is JSON, otherwise its text (`''` when empty). */
  body: unknown;
  requestId?: string | undefined;
}

/** The server answered with a status the operation does not document as success. */
export class ApiError extends AcctError {
  static override readonly kind: string = 'ApiError';
  readonly status: number;
  readonly statusText: string;
  declare readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly requestId: string | undefined;
  readonly method: string;
  readonly url: string;
  /** The vendor's own error code, when its error body has one (ThoughtSpot `10002`, Mention `invalid_grant`). */
  code: string | number | undefined;
  /** Vendor details from the error body: form errors by field, incident ids, a validation list. */
  details: Record<string, unknown> | undefined;

  constructor(message: string, data: ApiErrorData) {
    super(message);
    this.status = data.status;
    this.statusText = data.statusText;
    // Every header stays readable here, but out of `inspect`/JSON dumps (CORS and caching noise): see `toJSON`.
    Object.defineProperty(this, 'headers', { value: data.headers, enumerable: false, writable: true, configurable: true });
    this.body = data.body;
    this.requestId = data.requestId;
    this.method = data.method;
    this.url = data.url;
  }
}

/** HTTP 400. */
export class BadRequestError extends ApiError {
  static override readonly kind: string = 'BadRequestError';
}
/** HTTP 401: the credentials are missing, wrong or expired. */
export class AuthenticationError extends ApiError {
  static override readonly kind: string = 'AuthenticationError';
}
/** HTTP 403. */
export class PermissionDeniedError extends ApiError {
  static override readonly kind: string = 'PermissionDeniedError';
}
/** HTTP 404. */
export class NotFoundError extends ApiError {
  static override readonly kind: string = 'NotFoundError';
}
/** HTTP 409. */
export class ConflictError extends ApiError {
  static override readonly kind: string = 'ConflictError';
}
/** HTTP 422. */
export class UnprocessableEntityError extends ApiError {
  static override readonly kind: string = 'UnprocessableEntityError';
}
/** HTTP 429; `retryAfter` is the delay in ms the server asked for, when it said. */
export class RateLimitError extends ApiError {
  static override readonly kind: string = 'RateLimitError';
  retryAfter?: number;
}
/** A redirect that was not followed (another origin, a method other than GET/HEAD, too many hops); never retried. */
export class RedirectError extends ApiError {
  static override readonly kind: string = 'RedirectError';
  /** Where the server pointed (redacted), `undefined` when it did not say or a browser hid it. */
  location: string | undefined;
}
/** HTTP 500 and above. */
export class InternalServerError extends ApiError {
  static override readonly kind: string = 'InternalServerError';
}

/** A `@acct/<vendor>/testing` mock had no fixture for the request (HTTP 599, `x-acct-mock: no-match`); the message names the closest one. */
export class MockMismatchError extends ApiError {
  static override readonly kind: string = 'MockMismatchError';
}

// `name` lives on each prototype (set before any instance exists) so the stack header V8 captures
// in the Error constructor already reads `NotFoundError: …`, and minifiers cannot rename it.
for (const C of [
  AcctError,
  ConfigurationError,
  RequestValidationError,
  ResponseValidationError,
  ConnectionError,
  TimeoutError,
  ResponseTooLargeError,
  PaginationError,
  RequestAbortedError,
  HookError,
  ApiError,
  RedirectError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  MockMismatchError,
]) {
  Object.defineProperty(C.prototype, 'name', { value: C.kind, writable: true, configurable: true });
}

const byStatus: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** Builds the `ApiError` subclass that matches `data.status`. */
export function createApiError(message: string, data: ApiErrorData): ApiError {
  if (data.headers['x-acct-mock'] === 'no-match') return new MockMismatchError(message, data);
  const ErrorClass = data.status >= 500 ? InternalServerError : (byStatus[data.status] ?? ApiError);
  return new ErrorClass(message, data);
}
