import { ConfigurationError } from '../errors';

/**
 * Why `value` cannot be sent as a credential header value, or `undefined` when it can. Fetch's
 * `Headers.set` throws a `TypeError` holding the value for CR, LF, NUL and characters above U+00FF;
 * other control characters and surrounding whitespace are refused too, since no vendor issues them
 * and they would be stripped or mangled on the way (RFC 9110 §5.5). The value itself is never part
 * of the answer, so the answer can go into an error message.
 */
export function headerValueProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `is ${value === null ? 'null' : typeof value}, not a string`;
  if (value === '') return 'is empty';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return 'contains a line break or another control character';
    if (c > 0xff) return 'contains a character outside Latin-1';
  }
  if (value.trim() !== value) return 'starts or ends with whitespace';
  return undefined;
}

/** Returns `value` when it can be sent as a header value, else throws `ConfigurationError` naming `what` (never the value). */
export function checkedHeaderValue(value: unknown, what: string): string {
  const problem = headerValueProblem(value);
  if (problem) throw new ConfigurationError(`${what} ${problem}: it cannot be sent in a header, so nothing was sent`);
  return value as string;
}

/** RFC 9110 `token`: the characters a header name may have. */
export function isHeaderName(name: unknown): name is string {
  return typeof name === 'string' && /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name);
}
