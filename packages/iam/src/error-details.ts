import type { VendorErrorDetails } from '@acct/core';

/** One entry of a FastAPI validation body: where (`loc`), what (`msg`) and the error kind (`type`). */
export interface IamValidationIssue {
  /** Where the problem is: `["body", "email"]`, `["query", "limit"]`. */
  loc: (string | number)[];
  /** What is wrong, in the server's words. */
  msg: string;
  /** The kind of error (`value_error`, `string_too_short`, `missing` …). */
  type: string;
}

/** What `ApiError.details` holds for an EazyRent 422 (`{"detail": [{loc, msg, type}]}`): `error.details as IamValidationDetails`. */
export interface IamValidationDetails {
  // An index signature, so `error.details` (a `Record<string, unknown>`) casts to it without `as unknown`.
  [key: string]: unknown;
  /** Each failing field (its dotted `loc`, without the leading `body`) → the server's message(s), joined with `; `. */
  fields: Record<string, string>;
  /** The `detail` list as the server sent it. */
  errors: IamValidationIssue[];
}

/** Field of an issue: FastAPI prefixes body fields with "body"; the field name alone is what the caller wrote. */
export function fieldOf(loc: unknown): string {
  const keys = Array.isArray(loc) ? loc.map(String) : [];
  return (keys[0] === 'body' && keys.length > 1 ? keys.slice(1) : keys).join('.');
}

/** Reads FastAPI's 422 body into `details.fields` (dotted loc → msg) and `details.errors` (the raw list). */
export function errorDetails(body: unknown): VendorErrorDetails | undefined {
  const detail = body && typeof body === 'object' ? (body as { detail?: unknown }).detail : undefined;
  if (!Array.isArray(detail) || detail.length === 0) return undefined;
  // Any field name is data: `constructor`, `toString` and `__proto__` are own keys like `email`, never
  // read from (or written to) Object.prototype.
  const fields: Record<string, string> = {};
  for (const item of detail) {
    const { loc, msg } = (item && typeof item === 'object' ? item : {}) as { loc?: unknown; msg?: unknown };
    const field = fieldOf(loc) || '(root)';
    const text = typeof msg === 'string' && msg ? msg : 'invalid';
    const value = Object.hasOwn(fields, field) ? `${fields[field]}; ${text}` : text;
    Object.defineProperty(fields, field, { value, enumerable: true, writable: true, configurable: true });
  }
  const details: IamValidationDetails = { fields, errors: detail as IamValidationIssue[] };
  return { details };
}
