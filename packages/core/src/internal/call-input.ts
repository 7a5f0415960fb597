import type { AnyEndpoint } from '../endpoint';
import { AcctError, RequestValidationError, type ValidationIssue } from '../errors';
import type { HookSet, Hooks } from '../hooks';
import { type Redactor, sensitiveValues } from '../redact';
import { toFormData } from './body';
import { optionIssues } from './options';
import { bodyShapeIssue } from './plain-body';
import { oneLine, thrownText } from './text';
import { buildPath, withQuery } from './url';
import { check, isThenable } from './validate';

/** A call's input, checked and encoded once: what every attempt sends. */
export interface PreparedCall {
  url: string;
  /** The encoded body: JSON text, form data, or nothing. */
  body: string | FormData | undefined;
  /** The Content-Type the body needs (`multipart` lets fetch set the boundary). */
  contentType: string | undefined;
}

/**
 * Validates the path parameters, body, query and call options, and encodes the body once (so a
 * `toJSON` runs once per call, and a value JSON cannot encode is refused before anything is sent).
 * Synchronous schemas give a synchronous answer; an async one makes it a promise.
 */
function prepareCall(
  endpoint: AnyEndpoint,
  input: Record<string, unknown>,
  options: unknown,
  baseURL: string,
  redact: Redactor,
): PreparedCall | Promise<PreparedCall> {
  const issues: ValidationIssue[] = optionIssues(options, 'options');
  const path = buildPath(endpoint, input.params as Record<string, unknown> | undefined, issues);
  const raw = input.body;
  const body = endpoint.body ? check(endpoint.body, raw, 'body', issues) : undefined;
  let query: unknown;
  try {
    query = endpoint.query ? check(endpoint.query, input.query, 'query', issues) : undefined;
  } catch (e) {
    // The call fails with this throw: a pending async body check must not reject unobserved later.
    if (isThenable(body)) Promise.resolve(body).catch(() => {});
    throw e;
  }
  const finish = (body: unknown, query: unknown): PreparedCall => {
    let encoded: string | FormData | undefined;
    // A Map, an array or a Date where an object goes: the schema's copy of it would be sent as `{}`.
    const shape = body !== raw && issues.length === 0 ? bodyShapeIssue(endpoint.body, raw) : undefined;
    if (shape) issues.push(shape);
    if (issues.length === 0 && endpoint.body) {
      if (endpoint.contentType === 'multipart') encoded = toFormData(body as Record<string, unknown>);
      else encoded = encodeJSON(body, issues, redact);
    }
    if (issues.length > 0) {
      const list = issues.map((i) => `${oneLine(i.path, 100)}: ${i.message}`).join('; ');
      throw refused(endpoint, baseURL, redact, `invalid input, nothing was sent — ${list}`, issues);
    }
    return {
      url: withQuery(baseURL + path, query as Record<string, unknown> | undefined),
      body: encoded,
      // Every body that is not multipart is encoded as JSON and labelled so; a body declared `'none'`
      // keeps a content type the call or the client set (client.ts).
      contentType: endpoint.body && endpoint.contentType !== 'multipart' ? 'application/json' : undefined,
    };
  };
  return isThenable(body) || isThenable(query) ? Promise.all([body, query]).then(([b, q]) => finish(b, q)) : finish(body, query);
}

function encodeJSON(value: unknown, issues: ValidationIssue[], redact: Redactor): string | undefined {
  try {
    const text = JSON.stringify(value);
    if (text === undefined) issues.push({ path: 'body', message: 'Cannot be encoded as JSON (undefined or a function)' });
    return text;
  } catch (e) {
    // BigInt, a cycle, a throwing toJSON: TypeError messages name keys, not values, but a toJSON may say anything.
    issues.push({ path: 'body', message: `Cannot be encoded as JSON — ${reasonOf(e, redact)}` });
    return undefined;
  }
}

// The first line of what was thrown, redacted, at most 200 characters.
const reasonOf = (e: unknown, redact: Redactor) => redact.text(thrownText(e).split('\n')[0]!).slice(0, 200);

// The one shape of a refused call: operation, method and URL template first; nothing was sent.
function refused(
  endpoint: AnyEndpoint,
  baseURL: string,
  redact: Redactor,
  what: string,
  issues: ValidationIssue[],
): RequestValidationError {
  const where = `[${endpoint.method}] ${JSON.stringify(baseURL + endpoint.path)}`;
  return Object.assign(new RequestValidationError(redact.text(`${endpoint.operation}: ${where}: ${what}`), redact.value(issues)), {
    method: endpoint.method,
    url: redact.text(baseURL + endpoint.path),
  });
}

/** Everything a call reads from its input, once: the prepared request, its redactor, hooks, headers and repeat semantics. */
export interface CallPlan {
  redact: Redactor;
  call: PreparedCall;
  hooks: HookSet | undefined;
  /** The call's own headers (own keys only: an inherited, polluted `Object.prototype` key is never sent). */
  callHeaders: [string, string][];
  semantics: { idempotent: boolean; repeat: 'never' | undefined };
}

/**
 * Reads the caller's input once, before anything is sent: a getter or a Proxy that throws from plain
 * JavaScript is a `RequestValidationError`, not a raw `TypeError` after a request went out.
 */
export function readCall(
  endpoint: AnyEndpoint,
  input: Record<string, unknown>,
  options: { headers?: Record<string, string>; hooks?: Hooks },
  baseURL: string,
  redactor: Redactor,
  hooksFor: (options: { hooks?: Hooks }) => HookSet | undefined,
): CallPlan | Promise<CallPlan> {
  let redact = redactor;
  const unreadable = (e: unknown): never => {
    if (e instanceof AcctError) throw e;
    const reason = reasonOf(e, redact);
    throw refused(endpoint, baseURL, redact, `the input could not be read, nothing was sent — ${reason}`, [
      { path: '(input)', message: reason },
    ]);
  };
  try {
    redact = redactor.with(sensitiveValues(input?.body));
    const plan = (call: PreparedCall): CallPlan => {
      const callHeaders = Object.entries(options.headers ?? {});
      const repeat = typeof endpoint.repeat === 'function' ? endpoint.repeat(input) : endpoint.repeat;
      return { redact, call, hooks: hooksFor(options), callHeaders, semantics: { idempotent: endpoint.idempotent, repeat } };
    };
    const call = prepareCall(endpoint, input ?? {}, options, baseURL, redact);
    return isThenable(call) ? call.then(plan).catch(unreadable) : plan(call);
  } catch (e) {
    return unreadable(e);
  }
}
