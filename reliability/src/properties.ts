/**
 * Property-based checks of the data contracts (issue 13): every response variant a vendor's next
 * release could send resolves with the unknown data kept, a wrong-typed identity field is refused,
 * and free-form request values reach the wire exactly as given.
 */
import { callOperation, compare, type FixtureResponse, fill, respond, revive, startServer } from '@acct/harness';
import fc from 'fast-check';
import { neverRepeated, suiteOptions, type Target } from './targets';

// Identity fields: what the SDK and the user rely on. A wrong type there must be refused; anything else may change.
const IDENTITY = /^(id|_?userId|_?userID|user_id|account_id|token|name)$|(^|_)id$|Id$/;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Every object-field path of a JSON value (array items included, by index). */
export function fieldPaths(value: Json, at: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((v, i) => fieldPaths(v, [...at, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.push([...at, k]);
      fieldPaths(v, [...at, k], out);
    }
  return out;
}

/** The paths of every object in a JSON value, the root and array items included. */
function objectPaths(value: Json, at: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((v, i) => objectPaths(v, [...at, i], out));
  else if (value && typeof value === 'object') {
    out.push(at);
    for (const [k, v] of Object.entries(value)) objectPaths(v, [...at, k], out);
  }
  return out;
}

const clone = <T>(v: T): T => structuredClone(v);
function edit(body: Json, path: Path, change: (parent: Record<string | number, Json>, key: string | number) => void): Json {
  const copy = clone(body);
  let node = copy as unknown as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as unknown as Record<string | number, Json>;
  change(node, path.at(-1) as string | number);
  return copy;
}
const isNamedIdentity = (path: Path) => typeof path.at(-1) === 'string' && IDENTITY.test(path.at(-1) as string);
// Keys under a free-form field are the user's data, not the vendor's schema.
const underIdentity = (path: Path) => path.slice(0, -1).some((k) => typeof k === 'string' && IDENTITY.test(k));

/** One response body to try and what must happen to it. */
export interface Variant {
  name: string;
  body: Json;
  /** `resolve` (with `kept` found in the result) or `refuse` (ResponseValidationError). */
  expect: 'resolve' | 'refuse';
  /** An unknown value that must come back in the result. */
  kept?: string;
}

// Identity-named fields the vendor gives no type, so any value is its own (Glowmarkt's spec: `deleteAccount`'s `userId`;
// ThoughtSpot's token `scope` is free-form, so the ids inside it are the cluster's data).
const UNTYPED: Record<string, string[]> = { glowmarkt: ['userId'], thoughtspot: ['org_id'] };

// Fields that are the envelope's shape rather than data (Mention's `{ account }`), or a union's
// discriminator (IAM's `user_type`, `Human` or `Machine`: the doc's closed set, see the IAM README).
const PROMISED: Record<string, string[]> = { mention: ['account'], iam: ['user_type'] };

/** The variants of a success body: each non-identity field nulled and removed, all at once, unknown fields and enum values, wrong-typed ids. */
export function variantsOf(body: Json, untyped: string[] = [], promised: string[] = []): Variant[] {
  const isIdentity = (path: Path) => isNamedIdentity(path) || (path.length === 1 && promised.includes(String(path[0])));
  const paths = fieldPaths(body).filter((p) => !underIdentity(p));
  const lenient = paths.filter((p) => !isIdentity(p));
  const out: Variant[] = [];
  for (const p of lenient) {
    out.push({ name: `${p.join('.')} = null`, body: edit(body, p, (o, k) => void (o[k] = null)), expect: 'resolve' });
    out.push({ name: `${p.join('.')} removed`, body: edit(body, p, (o, k) => void delete o[k]), expect: 'resolve' });
  }
  // Top-level-most lenient fields all nulled at once (children of a nulled field vanish with it).
  const roots = lenient.filter((p) => !lenient.some((q) => q.length < p.length && q.every((k, i) => p[i] === k)));
  let all = clone(body);
  for (const p of roots) all = edit(all, p, (o, k) => void (o[k] = null));
  if (roots.length) out.push({ name: 'every non-identity field null', body: all, expect: 'resolve' });
  // An unknown field on every object, and a new enum-like value in every non-identity string.
  const objects = objectPaths(body).filter((p) => !underIdentity([...p, '']));
  for (const p of objects) {
    const kept = `added-${p.join('-') || 'root'}`;
    out.push({
      name: `unknown field at ${p.join('.') || '(root)'}`,
      body: p.length ? edit(body, [...p, '__new_field'], (o, k) => void (o[k] = kept)) : { ...(body as object), __new_field: kept },
      expect: 'resolve',
      kept,
    });
  }
  for (const p of lenient) {
    let node: unknown = body;
    for (const k of p) node = (node as Record<string | number, unknown>)[k];
    if (typeof node === 'string') {
      const kept = `NEW_VENDOR_VALUE_${out.length}`;
      out.push({ name: `${p.join('.')} = a new value`, body: edit(body, p, (o, k) => void (o[k] = kept)), expect: 'resolve', kept });
    }
  }
  for (const p of paths.filter((q) => isIdentity(q) && !untyped.includes(String(q.at(-1))))) {
    let node: unknown = body;
    for (const k of p) node = (node as Record<string | number, unknown>)[k];
    if (typeof node === 'string' || typeof node === 'number')
      out.push({ name: `${p.join('.')} wrong type`, body: edit(body, p, (o, k) => void (o[k] = { wrong: true })), expect: 'refuse' });
  }
  return out;
}

/** What the response properties found for one operation. */
export interface ResponseResult {
  vendor: string;
  operation: string;
  tried: number;
  wronglyRefused: string[];
  wronglyAccepted: string[];
}

/** Plays every variant of the operation's success body against the real client. */
export async function responseVariants(target: Target): Promise<ResponseResult> {
  const result: ResponseResult = { vendor: target.vendor, operation: target.operation, tried: 0, wronglyRefused: [], wronglyAccepted: [] };
  const body = target.main.response.body as Json | undefined;
  if (body === undefined || body === null || typeof body !== 'object' || !target.endpoint.response) return result;
  const { adapter } = target;
  const credentials = adapter.credentials;
  let current: FixtureResponse = target.main.response;
  const server = await startServer(async (req, res) => {
    for (const e of target.aux)
      if ((await compare(e.request, req, { credentials })).length === 0) return respond(res, e.response, credentials);
    respond(res, current, credentials);
  });
  // A fresh client per variant: a client that logs in caches the first token and would not read the next answer.
  const newClient = () =>
    adapter.createClient({
      baseURL: server.url + adapter.basePath,
      auth: target.fixture.auth ?? adapter.defaultAuth,
      credentials,
      ...suiteOptions,
      maxRetries: 0,
    });
  try {
    // A login's answer is not a method's result: it must be read, but what it keeps is not visible.
    const visible = target.endpoint.auth !== false;
    for (const variant of variantsOf(fill(body, credentials) as Json, UNTYPED[target.vendor], PROMISED[target.vendor])) {
      result.tried++;
      current = { ...target.main.response, body: variant.body };
      const outcome = await callOperation(adapter, newClient(), target.operation, revive(target.fixture.args) as unknown[]).then(
        (data) => ({ data }),
        (error: Error) => ({ error }),
      );
      if (variant.expect === 'resolve') {
        if ('error' in outcome) result.wronglyRefused.push(`${variant.name}: ${outcome.error.message.slice(0, 200)}`);
        else if (visible && variant.kept && !JSON.stringify(outcome.data).includes(variant.kept))
          result.wronglyRefused.push(`${variant.name}: value dropped`);
      } else if (!('error' in outcome) || outcome.error.name !== 'ResponseValidationError') result.wronglyAccepted.push(variant.name);
    }
  } finally {
    await server.close();
  }
  return result;
}

/** Where in a request body schema free-form values go: top-level entries whose schema accepts anything (`jsonValue()`). */
export function freeFormFields(target: Target): string[] {
  const body = (target.endpoint as { body?: { entries?: Record<string, { type?: string; wrapped?: { type?: string } }> } }).body;
  const fields: string[] = [];
  for (const [name, schema] of Object.entries(body?.entries ?? {})) {
    const inner = schema.wrapped ?? schema;
    if (inner.type === 'unknown' || inner.type === 'any') fields.push(name);
  }
  return fields;
}

/** What the free-form round trips found for one operation. */
export interface RoundTripResult {
  vendor: string;
  operation: string;
  field: string;
  tried: number;
  equal: number;
  failures: string[];
}

/** Sends generated JSON values in each free-form field and compares the JSON that reached the server. */
export async function freeFormRoundTrips(target: Target, runs: number): Promise<RoundTripResult[]> {
  const fields = freeFormFields(target);
  if (fields.length === 0) return [];
  const { adapter } = target;
  const credentials = adapter.credentials;
  let received: unknown;
  const server = await startServer(async (req, res) => {
    for (const e of target.aux)
      if ((await compare(e.request, req, { credentials })).length === 0) return respond(res, e.response, credentials);
    received = req.json;
    respond(res, target.main.response, credentials);
  });
  const client = adapter.createClient({
    baseURL: server.url + adapter.basePath,
    auth: target.fixture.auth ?? adapter.defaultAuth,
    credentials,
    ...suiteOptions,
    maxRetries: 0,
  });
  const results: RoundTripResult[] = [];
  try {
    for (const field of fields) {
      const r: RoundTripResult = { vendor: target.vendor, operation: target.operation, field, tried: 0, equal: 0, failures: [] };
      const args = revive(target.fixture.args) as unknown[];
      // The body is the last object argument (after any positional path values).
      const at = args.map((a) => a !== null && typeof a === 'object' && !Array.isArray(a)).lastIndexOf(true);
      if (at < 0) continue;
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (value) => {
          r.tried++;
          received = undefined;
          const call = [...args];
          call[at] = { ...(args[at] as object), [field]: value };
          const error = await callOperation(adapter, client, target.operation, call).then(
            () => undefined,
            (e: Error) => e,
          );
          const sent = (received as Record<string, unknown> | undefined)?.[field];
          const expected = JSON.parse(JSON.stringify(value));
          if (!error && JSON.stringify(sent) === JSON.stringify(expected)) r.equal++;
          else if (r.failures.length < 3)
            r.failures.push(
              `${JSON.stringify(value).slice(0, 80)} → ${error ? error.message.slice(0, 120) : JSON.stringify(sent).slice(0, 80)}`,
            );
        }),
        { numRuns: runs, endOnFailure: false },
      );
      results.push(r);
    }
  } finally {
    await server.close();
  }
  return results;
}

/** One row of the repeated-write matrix. */
export interface RepeatResult {
  vendor: string;
  operation: string;
  scenario: 'delete, response lost' | 'non-repeatable write, timeout';
  requests: number;
  outcome: string;
  passed: boolean;
}

type Repeatable = {
  gone?: readonly number[] | ((r: { status: number; body: unknown }) => boolean);
  repeat?: unknown;
  call?: (...a: unknown[]) => object;
};

/**
 * The repeated-write matrix: a delete whose first response is lost must resolve when the retry
 * finds the resource gone; a write declared never-repeated must be sent once after a timeout.
 * `goneResponses` are the vendor's error fixtures of the operation, to find its "already gone" answer.
 */
export async function repeatMatrix(target: Target, goneResponses: FixtureResponse[]): Promise<RepeatResult[]> {
  const endpoint = target.endpoint as typeof target.endpoint & Repeatable;
  const args = revive(target.fixture.args) as unknown[];
  const never = neverRepeated(target);
  const rows: RepeatResult[] = [];
  const { adapter } = target;
  const credentials = adapter.credentials;
  const gone = endpoint.gone
    ? (goneResponses.find((r) =>
        typeof endpoint.gone === 'function'
          ? endpoint.gone({ status: r.status, body: fill(r.body, credentials) })
          : endpoint.gone?.includes(r.status),
      ) ?? (Array.isArray(endpoint.gone) ? { status: endpoint.gone[0] as number } : undefined))
    : undefined;
  for (const scenario of [gone && 'delete, response lost', never && 'non-repeatable write, timeout'].filter(
    Boolean,
  ) as RepeatResult['scenario'][]) {
    let requests = 0;
    const server = await startServer(async (req, res) => {
      for (const e of target.aux)
        if ((await compare(e.request, req, { credentials })).length === 0) return respond(res, e.response, credentials);
      requests++;
      if (scenario === 'non-repeatable write, timeout') return; // never answers
      if (requests === 1) return res.destroy();
      respond(res, gone as FixtureResponse, credentials);
    });
    const client = adapter.createClient({
      baseURL: server.url + adapter.basePath,
      auth: target.fixture.auth ?? adapter.defaultAuth,
      credentials,
      ...suiteOptions,
      timeout: 300,
      maxRetries: 2,
    });
    const outcome = await callOperation(adapter, client, target.operation, args).then(
      () => 'success',
      (e: Error) => e.name,
    );
    await server.close();
    const passed =
      scenario === 'delete, response lost' ? outcome === 'success' && requests === 2 : outcome === 'TimeoutError' && requests === 1;
    rows.push({ vendor: target.vendor, operation: target.operation, scenario, requests, outcome, passed });
  }
  return rows;
}
