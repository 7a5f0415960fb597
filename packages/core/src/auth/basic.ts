import { ConfigurationError } from '../errors';
import { type AuthStrategy, SYNC_HEADERS } from './types';

/**
 * HTTP Basic authentication (RFC 7617), UTF-8 encoded. The user-id and password must be strings
 * without control characters, and the user-id without a colon (RFC 7617 §2); anything else throws
 * `ConfigurationError` here, before any request. Non-Latin-1 text is fine: it travels base64-encoded.
 */
export function basic(username: string, password: string): AuthStrategy {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  const control = /[\u0000-\u001f\u007f]/;
  const problem = (value: unknown, what: string) => {
    if (typeof value !== 'string') return `${what} must be a string`;
    if (control.test(value)) return `${what} contains a line break or another control character`;
    return undefined;
  };
  const found = problem(username, 'the username') ?? problem(password, 'the password');
  if (found) throw new ConfigurationError(`basic: ${found}`);
  if (username.includes(':')) throw new ConfigurationError('basic: the username must not contain ":" (RFC 7617)');
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  const value = `Basic ${btoa(binary)}`;
  const pair = ['authorization', value] as const;
  const strategy: AuthStrategy = {
    // The base64 alone too: a server that echoes it back must not hand out `user:password`.
    secrets: [username, password, value, value.slice('Basic '.length)],
    apply({ headers }) {
      headers.set('Authorization', value);
    },
  };
  SYNC_HEADERS.set(strategy.apply, () => pair);
  return strategy;
}
