import { isSensitiveKey, REDACTED } from '@acct/core';
import type { Exchange, Fixture, FixtureRequest, FixtureResponse } from './fixture';

const SENSITIVE_HEADER = /authorization|token|api-?key|cookie|secret|password/i;
const DROP_RESPONSE_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'set-cookie', 'server']);
const DROP_REQUEST_HEADERS = new Set(['content-length', 'host', 'connection', 'user-agent', 'accept-encoding']);

/** Options of `createRecorder`. */
export interface RecorderOptions {
  /** Credential name → real value. Each value becomes `{{name}}` in the fixture. */
  credentials: Record<string, string>;
  /** The fetch that really sends (default `globalThis.fetch`). */
  fetch?: typeof globalThis.fetch;
}

interface Captured {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: unknown;
  multipart?: FixtureRequest['multipart'];
  status: number;
  responseHeaders: Record<string, string>;
  text: string;
}

/** Records what a client sends and receives, and writes it as a scrubbed fixture. */
export interface Recorder {
  /** Pass this as the client's `fetch`. */
  fetch: typeof globalThis.fetch;
  /** The fixture of everything recorded since the last `reset`, every secret scrubbed. */
  toFixture(meta: { operation: string; title: string; args: unknown[]; auth?: string; docs?: string }): Fixture;
  reset(): void;
}

/** Creates a recorder; point a client at the real API with `fetch: recorder.fetch`. */
export function createRecorder(options: RecorderOptions): Recorder {
  let captured: Captured[] = [];
  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  const recordingFetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const headers: Record<string, string> = {};
    for (const [k, v] of new Headers(init?.headers)) if (!DROP_REQUEST_HEADERS.has(k)) headers[k] = v;
    const item: Omit<Captured, 'status' | 'responseHeaders' | 'text'> = {
      method: request.method,
      url: new URL(request.url),
      headers,
      body: undefined,
    };
    if (init?.body instanceof FormData) {
      item.multipart = {};
      for (const [name, part] of init.body) {
        item.multipart[name] = typeof part === 'string' ? part : { filename: part.name, contentType: part.type, size: part.size };
      }
    } else if (typeof init?.body === 'string') {
      try {
        item.body = JSON.parse(init.body);
      } catch {
        item.body = init.body;
      }
    }
    const response = await send(input, init);
    const text = await response.clone().text();
    const responseHeaders: Record<string, string> = {};
    for (const [k, v] of response.headers) if (!DROP_RESPONSE_HEADERS.has(k)) responseHeaders[k] = v;
    captured.push({ ...item, status: response.status, responseHeaders, text });
    return response;
  };

  return {
    fetch: recordingFetch,
    reset: () => {
      captured = [];
    },
    toFixture(meta) {
      const scrub = scrubber(options.credentials, captured);
      const exchanges: Exchange[] = captured.map((c) => ({ request: scrub.request(c), response: scrub.response(c) }));
      return {
        operation: meta.operation,
        source: 'recorded',
        title: meta.title,
        ...(meta.docs ? { docs: meta.docs } : {}),
        ...(meta.auth ? { auth: meta.auth } : {}),
        args: scrub.value(meta.args) as unknown[],
        exchanges,
        note: `recorded ${new Date().toISOString().slice(0, 10)}; credentials replaced by placeholders, other secrets by ${REDACTED}`,
      };
    },
  };
}

function scrubber(credentials: Record<string, string>, captured: Captured[]) {
  const known = new Map<string, string>(); // secret value → placeholder name
  for (const [name, value] of Object.entries(credentials)) if (value) known.set(value, name);
  // A token the API handed out (a login response) and the client then sent back becomes a
  // placeholder too, named after its field; other sensitive values become [REDACTED].
  const sent = captured.map((c) => `${c.url} ${JSON.stringify(c.headers)} ${JSON.stringify(c.body ?? '')}`).join('\n');
  const issued = new Map<string, string>();
  for (const c of captured) learnTokens(safeJson(c.text), issued);
  for (const [value, name] of issued) if (!known.has(value) && sent.includes(value)) known.set(value, name);
  const ordered = () => [...known.entries()].sort((a, b) => b[0].length - a[0].length);

  const text = (s: string): string => {
    let out = s;
    for (const [value, name] of ordered()) {
      for (const spelling of new Set([value, encodeURIComponent(value)])) out = out.split(spelling).join(`{{${name}}}`);
    }
    return out;
  };
  const value = (v: unknown, key = ''): unknown => {
    if (typeof v === 'string') {
      if (known.has(v)) return `{{${known.get(v)}}}`;
      return isSensitiveKey(key) && v ? REDACTED : text(v);
    }
    if (Array.isArray(v)) return v.map((x) => value(x));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, value(x, k)]));
    return v;
  };
  const header = (name: string, v: string): string => {
    const basicMatch = /^Basic (.+)$/i.exec(v);
    if (basicMatch) {
      const [user, ...rest] = Buffer.from(basicMatch[1]!, 'base64').toString('utf8').split(':');
      const u = known.get(user!);
      const p = known.get(rest.join(':'));
      return u && p ? `{{basic ${u} ${p}}}` : REDACTED;
    }
    const scrubbed = text(v);
    return SENSITIVE_HEADER.test(name) && scrubbed === v ? REDACTED : scrubbed;
  };
  return {
    value,
    request(c: Captured): FixtureRequest {
      const query: Record<string, string | string[]> = {};
      for (const k of new Set(c.url.searchParams.keys())) {
        const all = c.url.searchParams.getAll(k).map((x) => value(x, k) as string);
        query[k] = all.length === 1 ? all[0]! : all;
      }
      return {
        method: c.method,
        path: text(c.url.pathname),
        ...(Object.keys(query).length ? { query } : {}),
        headers: Object.fromEntries(Object.entries(c.headers).map(([k, v]) => [k, header(k, v)])),
        ...(c.multipart ? { multipart: value(c.multipart) as FixtureRequest['multipart'] } : {}),
        ...(c.body !== undefined ? { body: value(c.body) } : {}),
      };
    },
    response(c: Captured): FixtureResponse {
      const headers = Object.fromEntries(Object.entries(c.responseHeaders).map(([k, v]) => [k, header(k, v)]));
      const json = safeJson(c.text);
      if (c.text === '') return { status: c.status, headers };
      if (json !== undefined && /json/i.test(c.responseHeaders['content-type'] ?? ''))
        return { status: c.status, headers, body: value(json) };
      return { status: c.status, headers, text: text(c.text) };
    },
  };
}

function learnTokens(v: unknown, known: Map<string, string>, depth = 0): void {
  if (!v || typeof v !== 'object' || depth > 8) return;
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === 'string' && x.length >= 8 && isSensitiveKey(k)) known.set(x, k.replace(/\W/g, '_'));
    else learnTokens(x, known, depth + 1);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
