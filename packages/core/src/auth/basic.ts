import type { AuthStrategy } from './types';

/** HTTP Basic authentication (RFC 7617), UTF-8 encoded. */
export function basic(username: string, password: string): AuthStrategy {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  const value = `Basic ${btoa(String.fromCharCode(...bytes))}`;
  return {
    secrets: [username, password, value],
    apply({ headers }) {
      headers.set('Authorization', value);
    },
  };
}
