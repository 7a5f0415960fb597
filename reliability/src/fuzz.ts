import { callOperation, compare, fill, respond, revive, routePattern, startServer } from '@acct/harness';
import fc from 'fast-check';
import { suiteOptions, type Target } from './targets';

/** Inputs near a known-good one: each leaf kept, replaced, emptied or dropped; extra keys; or anything at all. */
export function around(value: unknown, depth = 0): fc.Arbitrary<unknown> {
  const wild = depth > 3 ? fc.constant(null) : fc.anything({ maxDepth: 2 });
  const keep = (arb: fc.Arbitrary<unknown>) =>
    fc.oneof({ arbitrary: fc.constant(value), weight: 5 }, { arbitrary: arb, weight: 3 }, { arbitrary: wild, weight: 1 });
  if (typeof value === 'string')
    return keep(
      fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('', ' ', '../x', 'a/b', '\uD800', 'x'.repeat(300))),
    );
  if (typeof value === 'number') return keep(fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-1, 0, Number.NaN)));
  if (typeof value === 'boolean') return keep(fc.boolean());
  if (value instanceof Uint8Array) return keep(fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.constant(new Uint8Array())));
  if (value instanceof Date) return keep(fc.oneof(fc.date(), fc.constant(new Date(Number.NaN))));
  if (Array.isArray(value)) return keep(fc.tuple(...value.map((v) => around(v, depth + 1))));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) =>
      fc.option(around(v, depth + 1), { nil: undefined, freq: 6 }).map((x) => [k, x] as const),
    );
    const extra = fc.option(fc.tuple(fc.string({ maxLength: 12 }), fc.anything({ maxDepth: 1 })), { freq: 4 });
    return keep(
      fc.tuple(fc.tuple(...entries), extra).map(([kept, more]) => {
        const out: Record<string, unknown> = {};
        for (const [k, v] of kept) if (v !== undefined) out[k] = v;
        if (more) out[more[0]] = more[1];
        return out;
      }),
    );
  }
  return keep(wild);
}

/** What fuzzing one operation found. */
export interface FuzzResult {
  vendor: string;
  operation: string;
  runs: number;
  rejected: number;
  sent: number;
  /** Inputs that ended in anything but RequestValidationError-with-nothing-sent or a well-formed request. */
  escapes: string[];
}

/**
 * Calls the operation with `runs` inputs around its fixture's arguments. The loopback server checks
 * each request is well formed (method, path template, JSON or multipart body, credential headers).
 */
export async function fuzzOperation(target: Target, runs: number, seed?: number): Promise<FuzzResult> {
  const { adapter, endpoint, main } = target;
  const credentials = adapter.credentials;
  const route = routePattern(adapter.basePath, endpoint.path);
  const credentialHeaders = Object.fromEntries(
    Object.entries(main.request.headers ?? {}).filter(([, v]) => typeof v === 'string' && v.includes('{{')),
  );
  let requests = 0;
  let malformed: string[] = [];
  const server = await startServer(async (req, res) => {
    for (const e of target.aux)
      if ((await compare(e.request, req, { credentials })).length === 0) return respond(res, e.response, credentials);
    requests++;
    const problems: string[] = [];
    if (req.method !== endpoint.method) problems.push(`method ${req.method}`);
    for (const [name, value] of Object.entries(credentialHeaders)) {
      const sentValue = req.headers[name.toLowerCase()];
      // A token the client renewed (glowmarkt's renewToken) is another of the fake credentials: still well formed.
      const renewed = typeof value === 'string' && /^\{\{\w+\}\}$/.test(value) && Object.values(credentials).includes(sentValue ?? '');
      if (sentValue !== fill(value, credentials) && !renewed) problems.push(`header ${name} missing or wrong`);
    }
    const body = main.request.multipart
      ? /^multipart\/form-data/.test(req.headers['content-type'] ?? '')
      : main.request.body === undefined || req.json !== undefined;
    if (!route.test(req.path)) problems.push(`path ${req.path} leaves the ${endpoint.path} template`);
    if (!body) problems.push(`malformed body (${req.headers['content-type']}): ${req.text.slice(0, 80)}`);
    if (problems.length) malformed.push(problems.join('; '));
    respond(res, main.response, credentials);
  });
  const client = adapter.createClient({
    baseURL: server.url + adapter.basePath,
    auth: target.fixture.auth ?? adapter.defaultAuth,
    credentials,
    ...suiteOptions,
    maxRetries: 0,
  });
  const result: FuzzResult = { vendor: target.vendor, operation: target.operation, runs: 0, rejected: 0, sent: 0, escapes: [] };
  try {
    await fc.assert(
      fc.asyncProperty(around(revive(target.fixture.args)), async (args) => {
        result.runs++;
        const before = requests;
        malformed = [];
        const call = () => callOperation(adapter, client, target.operation, Array.isArray(args) ? args : [args]);
        // A synchronous throw from a method is an escape too, so it goes through the same path.
        const error = await Promise.resolve()
          .then(call)
          .then(
            () => undefined,
            (e: unknown) => e as Error,
          );
        const sent = requests - before;
        const name = error?.name;
        const ok = name === 'RequestValidationError' ? sent === 0 : !error && sent === 1 && malformed.length === 0;
        if (name === 'RequestValidationError') result.rejected++;
        else result.sent += sent;
        if (!ok)
          result.escapes.push(
            `${name ?? 'success'} after ${sent} request(s)${malformed.length ? `, ${malformed[0]}` : ''}: ${error?.message ?? ''}`.slice(
              0,
              300,
            ),
          );
      }),
      { numRuns: runs, seed, endOnFailure: false },
    );
  } finally {
    await server.close();
  }
  return result;
}
