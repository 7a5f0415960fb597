import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractBlocks, READMES } from '../src/readme/blocks';

const run = promisify(execFile);
const here = (path: string) => new URL(path, import.meta.url).pathname;
const dir = here('../.tmp/otel');

// A recording TracerProvider and a W3C `traceparent` propagator, registered through
// @opentelemetry/api alone (what an SDK would register), so the README's hooks can be watched.
const setup = `import { propagation, trace } from '@opentelemetry/api';
let next = 0;
const hex = (n, width) => n.toString(16).padStart(width, '0');
globalThis.recorded = [];
const tracer = {
  startSpan(name, options = {}) {
    const id = ++next;
    const record = { name, kind: options.kind, attributes: { ...options.attributes }, status: undefined, exceptions: [], ended: 0 };
    globalThis.recorded.push(record);
    const ctx = { traceId: hex(id, 32), spanId: hex(id, 16), traceFlags: 1 };
    return {
      spanContext: () => ctx,
      setAttribute(k, v) { record.attributes[k] = v; return this; },
      setAttributes(a) { Object.assign(record.attributes, a); return this; },
      setStatus(s) { record.status = s; return this; },
      recordException(e) { record.exceptions.push(String(e?.message ?? e)); },
      addEvent() { return this; }, addLink() { return this; }, addLinks() { return this; }, updateName() { return this; },
      isRecording: () => true,
      end() { record.ended++; },
    };
  },
};
trace.setGlobalTracerProvider({ getTracer: () => tracer });
propagation.setGlobalPropagator({
  inject(context, carrier, setter) {
    const c = trace.getSpanContext(context);
    if (c) setter.set(carrier, 'traceparent', '00-' + c.traceId + '-' + c.spanId + '-01');
  },
  extract: (context) => context,
  fields: () => ['traceparent'],
});
`;

// After the README's block: a success, a 401, a 503 retried to a 200, and a fetch that fails.
const driver = `
const seen = () => globalThis.mock.requests.map((r) => r.headers.traceparent ?? null);
await iam.getMyUser();
globalThis.mock.use('getMyUser', '401');
const unauthorized = await iam.getMyUser().then(() => 'resolved', (e) => e.constructor.name);
globalThis.mock.use('getMyUser', '200.after-503');
await iam.getMyUser();
const mocked = globalThis.fetch;
globalThis.fetch = async () => { throw new TypeError('fetch failed'); };
const failed = await iam.getMyUser({ maxRetries: 0 }).then(() => 'resolved', (e) => e.constructor.name);
globalThis.fetch = mocked;
console.log(JSON.stringify({ spans: globalThis.recorded, traceparents: seen(), unauthorized, failed }));
`;

interface Recorded {
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
  status?: { code: number };
  exceptions: string[];
  ended: number;
}

describe('the README’s OpenTelemetry hooks, with a recording tracer registered through @opentelemetry/api', () => {
  let out: { spans: Recorded[]; traceparents: (string | null)[]; unauthorized: string; failed: string };
  beforeAll(async () => {
    const blocks = extractBlocks(readFileSync(READMES.core!, 'utf8')).filter((b) => b.code.includes('@opentelemetry/api'));
    expect(blocks).toHaveLength(1);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'setup.mjs'), setup);
    writeFileSync(join(dir, 'block.mts'), `import './setup.mjs';\n${blocks[0]!.code}\n${driver}\nexport {};\n`);
    // The README runner's preload answers every fetch from IAM's mock (globalThis.mock) and sets the env names.
    const env = { ...process.env, ACCT_README_VENDORS: '["iam"]', ACCT_README_ENV: '["IAM_API_KEY"]' };
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--import', here('../src/readme/preload.mjs'), 'block.mts'], {
      cwd: dir,
      env,
      timeout: 30_000,
    });
    out = JSON.parse(stdout.trim().split('\n').at(-1)!);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens one client span per attempt, named by operation and method, and ends each once', () => {
    // 1 success + 1 401 + (503, 200) + 1 failed fetch.
    expect(out.spans.map((s) => s.name)).toEqual(Array(5).fill('getMyUser GET'));
    expect(out.spans.every((s) => s.kind === 2 && s.ended === 1)).toBe(true);
    expect(out.spans.map((s) => s.attributes['http.request.resend_count'])).toEqual([0, 0, 0, 1, 0]);
    expect(
      out.spans.every((s) => s.attributes['http.request.method'] === 'GET' && /\/users\/me\/$/.test(String(s.attributes['url.full']))),
    ).toBe(true);
  });

  it('records the status, and marks 4xx/5xx responses and failed fetches as errors (OpenTelemetry HTTP conventions)', () => {
    expect(out.spans.slice(0, 4).map((s) => s.attributes['http.response.status_code'])).toEqual([200, 401, 503, 200]);
    expect(out.spans.map((s) => s.status?.code ?? null)).toEqual([null, 2, 2, null, 2]);
    expect(out.unauthorized).toBe('AuthenticationError');
  });

  it('records a failed fetch as an exception on its span', () => {
    expect(out.failed).toBe('ConnectionError');
    expect(out.spans[4]!.exceptions).toHaveLength(1);
    expect(out.spans[4]!.attributes['http.response.status_code']).toBeUndefined();
  });

  it('sends each span’s traceparent with its own attempt', () => {
    const ids = out.spans
      .slice(0, 4)
      .map((_, i) => `00-${(i + 1).toString(16).padStart(32, '0')}-${(i + 1).toString(16).padStart(16, '0')}-01`);
    expect(out.traceparents).toEqual(ids);
  });
});
