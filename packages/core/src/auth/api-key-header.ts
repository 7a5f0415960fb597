import { ConfigurationError } from '../errors';
import { checkedHeaderValue, isHeaderName } from './header-value';
import { type AuthStrategy, SYNC_HEADERS, type TokenCache, type TokenSource } from './types';

/**
 * Sends a credential in a named header, optionally after a prefix (`Token`, `Bearer`). A fixed
 * credential is checked here; a provider's or a cache's value before each request — one that is not
 * a non-empty header-safe string throws `ConfigurationError` (the value redacted) and nothing is sent.
 */
export function apiKeyHeader(name: string, source: TokenSource, options: { prefix?: string } = {}): AuthStrategy {
  if (!isHeaderName(name)) throw new ConfigurationError('apiKeyHeader: the header name must be an RFC 9110 token');
  const prefix = options.prefix ? `${checkedHeaderValue(options.prefix, 'apiKeyHeader: the prefix')} ` : '';
  const kind = typeof source;
  if (
    kind !== 'string' &&
    kind !== 'function' &&
    !(kind === 'object' && source !== null && typeof (source as { get?: unknown }).get === 'function')
  )
    throw new ConfigurationError(`apiKeyHeader(${name}): the credential must be a string, a function or a token cache`);
  if (typeof source === 'string') checkedHeaderValue(source, `the credential for ${name}`);
  const lower = name.toLowerCase();
  const fixed = typeof source === 'string' ? ([lower, prefix + source] as const) : undefined;
  const cached = `the token cache for ${name} gave a token that`;
  // A token cache that holds a fresh token hands it over at once. `peek` is a shortcut: one that
  // throws or says `null` (plain JavaScript) leaves the request to `get`.
  const peeked = () => {
    let token: unknown;
    try {
      token = typeof source === 'object' ? source.peek?.() : undefined;
    } catch {
      return undefined;
    }
    return token == null ? undefined : prefix + checkedHeaderValue(token, cached);
  };
  // The header at once, when there is no waiting: a fixed key, or a cache's fresh token.
  const now = (): readonly [string, string] | undefined => {
    if (fixed) return fixed;
    const value = peeked();
    return value === undefined ? undefined : [lower, value];
  };
  const strategy: AuthStrategy = {
    secrets: fixed ? [source as string, fixed[1]] : [],
    // A fixed key, or a fresh cached token, is set synchronously: no promise per request.
    apply({ headers, signal }) {
      const ready = now();
      if (ready) return void headers.set(name, ready[1]);
      return (async () => {
        // Called per request: a provider (user code) or a cache may hand back anything.
        const value = typeof source === 'function' ? await source() : await (source as TokenCache).get(signal);
        const what = typeof source === 'function' ? `the token provider for ${name} returned a value that` : cached;
        headers.set(name, prefix + checkedHeaderValue(value, what));
      })();
    },
    // Only a token cache can produce a different credential after a 401.
    refresh:
      typeof source === 'object'
        ? async (sent) => {
            const value = sent.get(name);
            if (value) await source.invalidate(value.slice(prefix.length));
            return true;
          }
        : undefined,
  };
  SYNC_HEADERS.set(strategy.apply, now);
  return strategy;
}
