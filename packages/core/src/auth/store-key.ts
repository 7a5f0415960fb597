import { ConfigurationError } from '../errors';
import { isSensitiveKey } from '../redact';

/** What identifies whose token it is: vendor, base URL, user, org — never a password, secret or token. */
export interface TokenStoreKeyParts {
  /** Lower-case vendor name, e.g. `thoughtspot`; it stays readable in the key. */
  vendor: string;
  /** The API the token is for (its base URL). */
  baseURL: string;
  /** Who the token belongs to (a user name, never a password or secret). */
  user?: string | number | undefined;
  /** The Org or tenant the token is scoped to, when the vendor has one. */
  org?: string | number | undefined;
  /** Anything else that makes a token different (scopes, application id…). */
  [part: string]: string | number | undefined;
}

/**
 * The store key of a login: `acct:<vendor>:<sha256 hex of the other parts>`. Hashed so the key
 * shows no user name; parts named like credentials (`password`, `secretKey`, `token`…) are refused
 * with `ConfigurationError`, so a secret never reaches a store key. WebCrypto: Node 20, browsers, edge.
 */
export async function tokenStoreKey(parts: TokenStoreKeyParts): Promise<string> {
  const { vendor, ...identity } = parts ?? ({} as TokenStoreKeyParts);
  if (typeof vendor !== 'string' || !/^[a-z0-9-]{1,40}$/.test(vendor))
    throw new ConfigurationError('tokenStoreKey: `vendor` must be 1–40 lower-case letters, digits or dashes');
  if (typeof identity.baseURL !== 'string' || identity.baseURL === '') throw new ConfigurationError('tokenStoreKey: `baseURL` is required');
  const names = Object.keys(identity).sort();
  for (const name of names) {
    if (isSensitiveKey(name))
      throw new ConfigurationError(`tokenStoreKey: \`${name}\` looks like a credential and must not be part of a key`);
    const value = identity[name];
    if (value !== undefined && typeof value !== 'string' && typeof value !== 'number')
      throw new ConfigurationError(`tokenStoreKey: \`${name}\` must be a string or a number`);
  }
  // Sorted [name, value] pairs: the same identity gives the same key whatever the property order.
  const text = JSON.stringify(names.filter((n) => identity[n] !== undefined).map((n) => [n, identity[n]]));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return `acct:${vendor}:${hex}`;
}
