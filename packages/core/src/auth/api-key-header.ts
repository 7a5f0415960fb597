import type { AuthStrategy, TokenSource } from './types';

/** Sends a credential in a named header, optionally after a prefix (`Token`, `Bearer`). */
export function apiKeyHeader(name: string, source: TokenSource, options: { prefix?: string } = {}): AuthStrategy {
  const prefix = options.prefix ? `${options.prefix} ` : '';
  return {
    secrets: typeof source === 'string' ? [source] : [],
    async apply({ headers, signal }) {
      const value = typeof source === 'string' ? source : typeof source === 'function' ? await source() : await source.get(signal);
      headers.set(name, prefix + value);
    },
    // Only a token cache can produce a different credential after a 401.
    refresh:
      typeof source === 'object'
        ? (sent) => {
            const value = sent.get(name);
            if (value) source.invalidate(value.slice(prefix.length));
            return true;
          }
        : undefined,
  };
}
