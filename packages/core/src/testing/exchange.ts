/** The request a fixture expects. Only what is listed is checked. */
export interface FixtureRequest {
  method: string;
  /** The path on the wire, percent-encoded, base path included (`/api/v0-1/account/abc`). */
  path: string;
  query?: Record<string, string | string[]>;
  /** Headers that must be present with these values (`{{name}}` = a credential); `null` = must be absent. */
  headers?: Record<string, string | null>;
  /** Expected JSON body (deep-equal). */
  body?: unknown;
  /** Expected multipart parts: a string value, or a file's filename / content type / size. */
  multipart?: Record<string, string | { filename?: string; contentType?: string; size?: number }>;
}

/** The response a mock or replay server sends. */
export interface FixtureResponse {
  status: number;
  headers?: Record<string, string>;
  /** A JSON body; sent with `content-type: application/json` unless `headers` says otherwise. */
  body?: unknown;
  /** A raw body, sent as is (HTML, truncated JSON, text). */
  text?: string;
}

/** One request and its response. */
export interface Exchange {
  request: FixtureRequest;
  response: FixtureResponse;
  /** Served first when several exchanges match (the outcome its fixture documents, e.g. a 410 success). */
  preferred?: boolean;
  /** The fixture it comes from (named in a mock's "closest fixture" answer). */
  from?: { file: string; operation: string; scenario: string };
}

/**
 * A fixture's exchanges, marked `preferred` when the fixture documents a success: its last exchange
 * (the call's outcome, whatever the status) and every exchange under 400 (a login).
 */
export function exchangesOf(fixture: {
  request?: FixtureRequest;
  response?: FixtureResponse;
  exchanges?: Exchange[];
  expect?: { error?: string };
}): Exchange[] {
  const list = fixture.exchanges ?? [{ request: fixture.request!, response: fixture.response! }];
  const success = !fixture.expect?.error;
  return list.map((e, i) => ({ ...e, preferred: success && (i === list.length - 1 || e.response.status < 400) }));
}

/**
 * Replaces placeholders, deep: `{{name}}` → the credential's value (or `fallback(name)` when there is
 * none), `{{basic user pass}}` → the `Basic …` header value of those two credentials.
 */
export function fill<T>(value: T, credentials: Record<string, string>, fallback?: (name: string) => string): T {
  if (typeof value === 'string') {
    return value.replace(/\{\{(?:basic (\w+) (\w+)|(\w+))\}\}/g, (m, user?: string, pass?: string, name?: string) => {
      if (name) return credentials[name] ?? fallback?.(name) ?? m;
      const u = credentials[user!] ?? fallback?.(user!);
      const p = credentials[pass!] ?? fallback?.(pass!);
      return u === undefined || p === undefined ? m : `Basic ${base64(`${u}:${p}`)}`;
    }) as T;
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, credentials, fallback)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, credentials, fallback)])) as T;
  }
  return value;
}

const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

/** A response's status, headers and body text, placeholders filled; JSON bodies get a JSON Content-Type. */
export function responseParts(response: FixtureResponse, credentials: Record<string, string>, fallback?: (name: string) => string) {
  const headers = fill(response.headers ?? {}, credentials, fallback);
  let body: string | undefined;
  if (response.text !== undefined) body = fill(response.text, credentials, fallback);
  else if (response.body !== undefined) {
    body = JSON.stringify(fill(response.body, credentials, fallback));
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
  }
  return { status: response.status, headers, body };
}
