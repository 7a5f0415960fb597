import type { ValidationIssue } from '../errors';
import { headerProblem } from './headers';

/** A non-null, non-array object. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Timers clamp anything above 2³¹−1 ms to 1 ms (Node, browsers): a longer wait must be refused, not shortened. */
export const MAX_TIMER_MS = 2 ** 31 - 1;
const millis = (n: unknown, min: number) => typeof n === 'number' && Number.isFinite(n) && n >= min && n <= MAX_TIMER_MS;
const LEVELS = ['debug', 'info', 'warn', 'error', 'off'];
const HOOKS = ['onRequest', 'onResponse', 'onRequestError', 'onResponseError'];
// fetchOptions are fetch init options (an undici `dispatcher`). These names are ofetch's own
// (it would act on them: a `query` rewriting every URL, a `timeout` replacing the attempt's signal,
// an `onRequest` beside the hooks) or what the client sets per attempt.
const NOT_FETCH_INIT = [
  ...HOOKS,
  'baseURL',
  'query',
  'params',
  'timeout',
  'retry',
  'retryDelay',
  'retryStatusCodes',
  'parseResponse',
  'responseType',
  'ignoreResponseError',
  'method',
  'headers',
  'body',
  'signal',
  'redirect',
];
const CALL_OPTIONS = ['signal', 'timeout', 'maxRetries', 'headers', 'hooks', 'maxResponseBytes'];
const SET_BY_CLIENT = 'is not a fetch init option the client passes on: use the client or call option, or a hook';

/** Problems with a `headers` option: not an object of strings, or a name / value fetch would refuse (the value is never echoed). */
export function headersIssues(headers: unknown, path: string): ValidationIssue[] {
  if (headers === undefined) return [];
  if (!isObject(headers)) return [{ path, message: 'Expected an object of string values' }];
  const issues: ValidationIssue[] = [];
  for (const [name, value] of Object.entries(headers)) {
    const problem = typeof value === 'string' ? headerProblem(name, value) : 'Expected a string value';
    if (problem) issues.push({ path: `${path}.${name}`, message: problem });
  }
  return issues;
}

function hooksIssues(hooks: unknown, path: string): ValidationIssue[] {
  if (hooks === undefined) return [];
  if (!isObject(hooks)) return [{ path, message: 'Expected an object of hook functions' }];
  const issues: ValidationIssue[] = [];
  for (const [name, hook] of Object.entries(hooks)) {
    const fns = Array.isArray(hook) ? hook : [hook];
    if (!HOOKS.includes(name)) issues.push({ path: `${path}.${name}`, message: `Unknown hook: expected one of ${HOOKS.join(', ')}` });
    else if (hook !== undefined && !fns.every((f) => typeof f === 'function'))
      issues.push({ path: `${path}.${name}`, message: 'Expected a function or an array of functions' });
  }
  return issues;
}

/** Why a base URL cannot be used; credentials and queries belong in their options, where they are redacted. The URL is never echoed. */
export function baseURLProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^https?:\/\/[^/?#]+/i.test(value)) return 'Expected an absolute http(s) URL';
  // The URL parser drops a tab or a line break in silence, and they would reach every error message.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: exactly the characters refused
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return 'must not contain whitespace or control characters';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Expected an absolute http(s) URL';
  }
  if (url.username || url.password || /^https?:\/\/[^/]*@/i.test(value))
    return 'must not contain credentials (user:password@): give them in their own options, where they are redacted';
  if (value.includes('?')) return 'must not contain a query string: a key in it would be printed in every error';
  if (value.includes('#')) return 'must not contain a fragment';
  return undefined;
}

/** Problems with the options of a call (`{ signal, timeout, maxRetries, headers, hooks, maxResponseBytes }`), or of a client when `client` is set. */
export function optionIssues(o: unknown, prefix: string, client = false): ValidationIssue[] {
  if (o === undefined && !client) return [];
  if (!isObject(o)) return [{ path: prefix, message: 'Expected an object' }];
  const keys = client ? [] : Object.keys(o);
  if (!client && keys.length === 0) return [];
  const issues: ValidationIssue[] = [];
  const bad = (name: string, message: string) => issues.push({ path: `${prefix}.${name}`, message });
  // A misspelt option (`timout`) or an argument the method does not take would be ignored: refused.
  for (const k of keys) if (!CALL_OPTIONS.includes(k)) bad(k, `Unknown option: expected ${CALL_OPTIONS.join(', ')}`);
  if (o.timeout !== undefined && !millis(o.timeout, 1)) bad('timeout', `Expected a number of milliseconds from 1 to ${MAX_TIMER_MS}`);
  if (o.maxRetries !== undefined && !(Number.isInteger(o.maxRetries) && (o.maxRetries as number) >= 0 && (o.maxRetries as number) <= 100))
    bad('maxRetries', 'Expected an integer from 0 to 100');
  if (
    o.maxResponseBytes !== undefined &&
    !(Number.isInteger(o.maxResponseBytes) && (o.maxResponseBytes as number) > 0 && (o.maxResponseBytes as number) <= MAX_TIMER_MS)
  )
    bad('maxResponseBytes', `Expected an integer from 1 to ${MAX_TIMER_MS} (bytes)`);
  const signal = o.signal as AbortSignal | undefined;
  if (
    signal !== undefined &&
    !(typeof signal?.addEventListener === 'function' && typeof signal.removeEventListener === 'function' && 'aborted' in (signal as object))
  ) {
    bad('signal', 'Expected an AbortSignal');
  }
  issues.push(...headersIssues(o.headers, `${prefix}.headers`), ...hooksIssues(o.hooks, `${prefix}.hooks`));
  if (o.fetchOptions !== undefined) {
    if (!isObject(o.fetchOptions)) bad('fetchOptions', 'Expected an object of fetch init options');
    else for (const k of NOT_FETCH_INIT) if (Object.hasOwn(o.fetchOptions, k)) bad(`fetchOptions.${k}`, SET_BY_CLIENT);
  }
  if (client) {
    const problem = baseURLProblem(o.baseURL);
    if (problem) bad('baseURL', problem);
    for (const name of ['retryDelay', 'maxRetryDelay'])
      if (o[name] !== undefined && !millis(o[name], 0)) bad(name, `Expected a number of milliseconds from 0 to ${MAX_TIMER_MS}`);
    if (o.fetch !== undefined && typeof o.fetch !== 'function') bad('fetch', 'Expected a function');
    if (o.logger !== undefined && !isObject(o.logger)) bad('logger', 'Expected an object with debug/info/warn/error functions');
    if (o.logLevel !== undefined && !LEVELS.includes(o.logLevel as string)) bad('logLevel', `Expected one of ${LEVELS.join(', ')}`);
  }
  return issues;
}
