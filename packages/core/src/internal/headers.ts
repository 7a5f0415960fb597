import { isHeaderName } from '../auth/header-value';

// Values may not hold CR, LF or NUL, and fetch's Headers refuses anything above U+00FF (a
// ByteString) with a TypeError that quotes the value — a secret, often. Credentials are held to the
// stricter `headerValueProblem`.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters refused
const UNSAFE_VALUE = /[\r\n\0]|[^\u0000-\u00ff]/;

// Set by the transport: Node's fetch refuses these (every call a ConnectionError, and retried) or,
// for `content-length`, stalls the request until its timeout; a browser drops them.
const TRANSPORT = /^(content-length|expect|keep-alive|transfer-encoding|upgrade)$/i;

/** Why `name: value` cannot be sent as a header, or undefined; never quotes the value. */
export function headerProblem(name: string, value: string): string | undefined {
  if (!isHeaderName(name)) return 'Invalid header name: expected an RFC 9110 token';
  if (TRANSPORT.test(name)) return 'Invalid header: set by the transport, not by a caller';
  if (UNSAFE_VALUE.test(value)) return 'Invalid header value: contains CR, LF, NUL or a character outside Latin-1';
  return undefined;
}
