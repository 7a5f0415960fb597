import { AcctError, named, type RequestInfo } from './acct-error';

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

named(
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
);
