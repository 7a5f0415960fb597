import { getGlobalConfig } from 'valibot';
import type { Schema } from '../endpoint';
import type { ValidationIssue } from '../errors';
import { isSensitiveKey } from '../redact';
import { fastCheck } from './fast-check';
import { parsedJson } from './json-check';
import { oneLine } from './text';

type Result = Awaited<ReturnType<Schema['~standard']['validate']>>;
type Run = (dataset: { value: unknown }, config: object) => Result;

/** The most issues one check reports; a value that fails in more places says so in one last issue. */
export const MAX_ISSUES = 50;

/** True for a promise or any other thenable (what `await` would wait for). */
export const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  (typeof v === 'object' || typeof v === 'function') && v !== null && typeof (v as PromiseLike<unknown>).then === 'function';

// valibot reports every issue: a 15 MB array of 8 M items that each fail took 16 s and 3.5 GB before
// it returned. It reads `abortEarly` as it records each issue and as each object or array meets one,
// so a counting getter turns it on after a few hundred reads: it then stops at the next issue.
const READS = MAX_ISSUES * 8;
// A class, not an object literal with a getter: a literal spread from the global config made every
// valibot run of a body about 1 µs slower (Thirdwatch's events, which take no fast path).
class Bounded {
  reads = 0;
  readonly lang: string | undefined;
  readonly message: unknown;
  readonly abortPipeEarly: boolean | undefined;
  constructor(global = getGlobalConfig()) {
    this.lang = global.lang;
    this.message = global.message;
    this.abortPipeEarly = global.abortPipeEarly;
  }
  get abortEarly(): boolean {
    return ++this.reads > READS;
  }
}

/**
 * Runs a Standard Schema; issues get a dotted path under `prefix` (`body.users.0.email`). A
 * synchronous schema (valibot's are) answers synchronously: no promise per checked value. A valibot
 * schema the fast path compiles is checked in place first; the schema runs when that says no. With
 * `prefix` (`body`, `query`: the caller's own input), no issue quotes a string that was received;
 * without (a response body, from JSON.parse), `jsonValue()` fields are not walked: they are JSON.
 */
export function check(schema: Schema, value: unknown, prefix: string, issues: ValidationIssue[]): unknown {
  parsedJson.now = prefix === '';
  try {
    // The compiled fast path says yes only where valibot's output would be this same data.
    if (fastCheck(schema)?.(value)) return value;
    const std = schema['~standard'];
    const run = (schema as { '~run'?: Run })['~run'];
    const count = new Bounded();
    let result = std.vendor === 'valibot' && typeof run === 'function' ? run.call(schema, { value }, count) : std.validate(value);
    // Once on, abortEarly can let a variant's later option pass where, in full, its first typed
    // option fails (valibot keeps that one): a pass after the getter turned is checked again in full.
    if (count.reads > READS && !isThenable(result) && !result.issues) result = std.validate(value);
    return isThenable(result) ? Promise.resolve(result).then((r: Result) => collect(r, prefix, issues)) : collect(result, prefix, issues);
  } finally {
    parsedJson.now = false;
  }
}

function collect(result: Result, prefix: string, issues: ValidationIssue[]): unknown {
  if (!result.issues) return result.value;
  for (const issue of result.issues.slice(0, MAX_ISSUES)) {
    const keys = (issue.path ?? []).map((p) => String(typeof p === 'object' && p !== null && 'key' in p ? p.key : p));
    // Never echo what was received for a credential field, nor a string the caller gave (a password
    // in the wrong place): valibot says `but received "…"`, or `: Received "…"` for a pipe's check.
    let message = issue.message;
    if (keys.some(isSensitiveKey)) message = message.replace(/ but received .*$|: Received .*$/s, '');
    else if (prefix && String((issue as { received?: unknown }).received).startsWith('"'))
      message = message.replace(/(but r|: R)eceived .*$/s, '$1eceived a string');
    issues.push({ path: [prefix, ...keys].filter(Boolean).join('.') || '(root)', message: prefix ? oneLine(message) : message });
  }
  if (result.issues.length > MAX_ISSUES) issues.push({ path: prefix || '(root)', message: 'further issues are not listed' });
  return undefined;
}
