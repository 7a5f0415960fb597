import type { Schema } from '../endpoint';
import type { ValidationIssue } from '../errors';
import { isSensitiveKey } from '../redact';
import { fastCheck } from './fast-check';

type Result = Awaited<ReturnType<Schema['~standard']['validate']>>;

/** True for a promise or any other thenable (what `await` would wait for). */
export const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  (typeof v === 'object' || typeof v === 'function') && v !== null && typeof (v as PromiseLike<unknown>).then === 'function';

/**
 * Runs a Standard Schema; issues get a dotted path under `prefix` (`body.users.0.email`). A
 * synchronous schema (valibot's are) answers synchronously: no promise per checked value. A valibot
 * schema the fast path compiles is checked in place first; the schema runs when that says no.
 */
export function check(schema: Schema, value: unknown, prefix: string, issues: ValidationIssue[]): unknown {
  // The compiled fast path says yes only where valibot's output would be this same data.
  if (fastCheck(schema)?.(value)) return value;
  const result = schema['~standard'].validate(value);
  return isThenable(result) ? Promise.resolve(result).then((r: Result) => collect(r, prefix, issues)) : collect(result, prefix, issues);
}

function collect(result: Result, prefix: string, issues: ValidationIssue[]): unknown {
  if (!result.issues) return result.value;
  for (const issue of result.issues) {
    const keys = (issue.path ?? []).map((p) => String(typeof p === 'object' && p !== null && 'key' in p ? p.key : p));
    // Never echo what was received for a credential field (valibot says `but received "…"`).
    const secret = keys.some(isSensitiveKey);
    issues.push({
      path: [prefix, ...keys].filter(Boolean).join('.') || '(root)',
      message: secret ? issue.message.replace(/ but received .*$/s, '') : issue.message,
    });
  }
  return undefined;
}
