/** What an auth strategy gets for each outgoing request. */
export interface AuthContext {
  /** The request's headers; the strategy adds its credentials here. */
  headers: Headers;
  /** The caller's signal, to stop waiting for a token when the call is aborted. */
  signal?: AbortSignal | undefined;
}

/** How one operation's credentials are sent. Strategies are plain objects and can be combined in an array. */
export interface AuthStrategy {
  /** Adds the credentials to the request. */
  apply(ctx: AuthContext): void | Promise<void>;
  /** After a 401: forgets the credential that was sent (read from `sent`); true when a replay may succeed. */
  refresh?(sent: Headers): boolean | Promise<boolean>;
  /** Credential values the client must redact everywhere. */
  readonly secrets?: readonly string[];
}

/** A cached credential obtained by a login, shared by all calls of a client. */
export interface TokenCache {
  /** The current token, logging in first when there is none or it is about to expire. */
  get(signal?: AbortSignal): Promise<string>;
  /** The current token when one is cached and fresh, at once; undefined when `get` has to wait (a login, a store). Optional: without it, every request calls `get`. */
  peek?(): string | undefined;
  /** Drops `token` if it is still the cached one (in memory and in a shared store), so the next `get` logs in again. */
  invalidate(token: string): void | Promise<void>;
}

/** A fixed credential, a function that returns one per request, or a token cache. */
export type TokenSource = string | (() => string | Promise<string>) | TokenCache;

/**
 * Internal: the strategies core builds (`apiKeyHeader`, `bearer`, `basic`) can name their header
 * and value without a request's Headers when they have them at once (a fixed key, a cache's fresh
 * token). Keyed by the strategy's own `apply`: a wrapper that replaces `apply` takes the general
 * path, so its credential is the one sent.
 */
export const SYNC_HEADERS: WeakMap<AuthStrategy['apply'], () => readonly [name: string, value: string] | undefined> = new WeakMap();
