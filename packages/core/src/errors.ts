/**
 * Every error the SDKs throw. All of them extend `AcctError` (errors/acct-error.ts); the HTTP status
 * errors are in errors/api-error.ts; these are the errors of a call that got no usable response.
 */
import { AcctError, named, type RequestInfo, type ValidationIssue } from './errors/acct-error';

export { AcctError, curatedHeaders, type RequestInfo, type ValidationIssue, type VendorErrorDetails } from './errors/acct-error';
export * from './errors/api-error';

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

named(
  ConfigurationError,
  RequestValidationError,
  ResponseValidationError,
  ConnectionError,
  TimeoutError,
  ResponseTooLargeError,
  PaginationError,
  RequestAbortedError,
  HookError,
);
