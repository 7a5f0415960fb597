import type { ValidationIssue } from '../errors';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const positive = (n: unknown) => typeof n === 'number' && n > 0;
const nonNegative = (n: unknown) => typeof n === 'number' && n >= 0 && !Number.isNaN(n);

/** Problems with the options of a call (`{ signal, timeout, maxRetries, headers, maxResponseBytes }`), or of a client when `client` is set. */
export function optionIssues(o: unknown, prefix: string, client = false): ValidationIssue[] {
  if (o === undefined && !client) return [];
  if (!isObject(o)) return [{ path: prefix, message: 'Expected an object' }];
  if (!client && Object.keys(o).length === 0) return [];
  const issues: ValidationIssue[] = [];
  const bad = (name: string, message: string) => issues.push({ path: `${prefix}.${name}`, message });
  if (o.timeout !== undefined && !positive(o.timeout)) bad('timeout', 'Expected a positive number of milliseconds');
  if (o.maxRetries !== undefined && !(Number.isInteger(o.maxRetries) && (o.maxRetries as number) >= 0))
    bad('maxRetries', 'Expected an integer ≥ 0');
  if (
    o.maxResponseBytes !== undefined &&
    !(Number.isInteger(o.maxResponseBytes) && (o.maxResponseBytes as number) > 0 && (o.maxResponseBytes as number) <= 2 ** 31 - 1)
  )
    bad('maxResponseBytes', 'Expected an integer from 1 to 2147483647 (bytes)');
  if (o.signal !== undefined && !(typeof (o.signal as AbortSignal)?.addEventListener === 'function' && 'aborted' in (o.signal as object))) {
    bad('signal', 'Expected an AbortSignal');
  }
  if (o.headers !== undefined && !(isObject(o.headers) && Object.values(o.headers).every((h) => typeof h === 'string'))) {
    bad('headers', 'Expected an object of string values');
  }
  if (client) {
    if (!/^https?:\/\/[^/?#]+/i.test(String(o.baseURL))) bad('baseURL', 'Expected an absolute http(s) URL');
    for (const name of ['retryDelay', 'maxRetryDelay'])
      if (o[name] !== undefined && !nonNegative(o[name])) bad(name, 'Expected a number ≥ 0');
    if (o.fetch !== undefined && typeof o.fetch !== 'function') bad('fetch', 'Expected a function');
    if (o.logger !== undefined && !isObject(o.logger)) bad('logger', 'Expected an object with debug/info/warn/error functions');
  }
  return issues;
}
