import { type FixtureRequest, fill } from './exchange';

/** A request as a mock received it, whatever the runtime. */
export interface MockRequest {
  method: string;
  /** Path as sent on the wire, still percent-encoded, without the query. */
  path: string;
  query: Record<string, string | string[]>;
  /** Lower-case names. */
  headers: Record<string, string>;
  raw: Uint8Array;
  text: string;
  /** The body parsed as JSON when it is JSON, else undefined. */
  json: unknown;
}

/** Builds a MockRequest from its parts. */
export function mockRequest(method: string, url: string, headers: Record<string, string>, raw: Uint8Array): MockRequest {
  const u = new URL(url, 'http://mock.invalid');
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(u.searchParams.keys())) {
    const all = u.searchParams.getAll(key);
    query[key] = all.length === 1 ? (all[0] as string) : all;
  }
  const text = new TextDecoder().decode(raw);
  let json: unknown;
  if (/json/i.test(headers['content-type'] ?? '')) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  return {
    method: method.toUpperCase(),
    path: url.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0] || '/',
    query,
    headers,
    raw,
    text,
    json,
  };
}

/**
 * What differs between an expected request and the one that arrived (empty when it matches).
 * Without `credentials`, a header holding a `{{placeholder}}` only has to be present.
 */
export async function matchRequest(
  expected: FixtureRequest,
  got: MockRequest,
  credentials?: Record<string, string>,
  prefix = '',
): Promise<string[]> {
  const diff: string[] = [];
  if (expected.method !== got.method) diff.push(`method ${got.method} ≠ ${expected.method}`);
  if (prefix + expected.path !== got.path) return [...diff, `path ${got.path} ≠ ${prefix + expected.path}`];
  const query = expected.query ?? {};
  if (!equal(got.query, query)) diff.push(`query ${JSON.stringify(got.query)} ≠ ${JSON.stringify(query)}`);
  for (const [name, value] of Object.entries(expected.headers ?? {})) {
    const actual = got.headers[name.toLowerCase()];
    if (value !== null && !credentials && value.includes('{{')) {
      if (actual === undefined) diff.push(`header ${name}: absent`);
      continue;
    }
    const want = value === null ? undefined : fill(value, credentials ?? {});
    if (actual !== want)
      diff.push(`header ${name}: ${actual === undefined ? 'absent' : 'different value'}${want === undefined ? ', must be absent' : ''}`);
  }
  if (expected.multipart) diff.push(...(await matchMultipart(expected.multipart, got)));
  else if (expected.body !== undefined) {
    const want = credentials ? fill(expected.body, credentials) : expected.body;
    if (got.json === undefined) diff.push(`body is not JSON (content-type ${got.headers['content-type'] ?? 'absent'})`);
    else if (!equal(got.json, want, !credentials)) diff.push(`body ${JSON.stringify(got.json)} ≠ ${JSON.stringify(want)}`);
  } else if (got.raw.length > 0) diff.push(`unexpected body ${got.text.slice(0, 100)}`);
  return diff;
}

async function matchMultipart(expected: NonNullable<FixtureRequest['multipart']>, got: MockRequest): Promise<string[]> {
  const type = got.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) return [`content-type ${type} is not multipart/form-data`];
  const form = await new Response(got.raw as BodyInit, { headers: { 'content-type': type } }).formData();
  const diff: string[] = [];
  for (const [name, want] of Object.entries(expected)) {
    const part = form.get(name);
    if (part === null) diff.push(`multipart part "${name}" missing`);
    else if (typeof want === 'string') {
      if (part !== want) diff.push(`multipart part "${name}" differs`);
    } else if (typeof part === 'string') diff.push(`multipart part "${name}" is not a file`);
    else {
      if (want.filename !== undefined && part.name !== want.filename) diff.push(`file name ${part.name} ≠ ${want.filename}`);
      if (want.contentType !== undefined && part.type !== want.contentType) diff.push(`file type ${part.type} ≠ ${want.contentType}`);
      if (want.size !== undefined && part.size !== want.size) diff.push(`file size ${part.size} ≠ ${want.size}`);
    }
  }
  return diff;
}

/** Deep equality of JSON values (key order ignored); `loose`: a `{{placeholder}}` in `b` matches any string. */
export function equal(a: unknown, b: unknown, loose = false): boolean {
  if (a === b) return true;
  if (loose && typeof b === 'string' && b.includes('{{')) return typeof a === 'string';
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.hasOwn(b, k) && equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], loose))
  );
}
