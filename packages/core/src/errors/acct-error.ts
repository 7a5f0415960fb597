/**
 * The base of every error the SDKs throw. `instanceof` works across two installed copies of core
 * because classes are matched by a registered brand, not by identity.
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
  // Total: a value whose reads throw (a hostile Proxy) is not an AcctError.
  static override [Symbol.hasInstance](value: unknown): boolean {
    try {
      const kinds = (value as { [KINDS]?: unknown } | null)?.[KINDS];
      // biome-ignore lint/complexity/noThisInStatic: `this` must be the subclass being tested
      return Array.isArray(kinds) && kinds.includes(this.kind);
    } catch {
      return false;
    }
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

/**
 * Puts `name` on each class's prototype (before any instance exists), so the stack header V8
 * captures in the Error constructor already reads `NotFoundError: …`, and minifiers cannot rename it.
 */
export function named(...classes: { kind: string; prototype: object }[]): void {
  for (const C of classes) Object.defineProperty(C.prototype, 'name', { value: C.kind, writable: true, configurable: true });
}

named(AcctError);
