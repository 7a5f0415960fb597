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
  /** Drops `token` if it is still the cached one (in memory and in a shared store), so the next `get` logs in again. */
  invalidate(token: string): void | Promise<void>;
}

/** A fixed credential, a function that returns one per request, or a token cache. */
export type TokenSource = string | (() => string | Promise<string>) | TokenCache;
