import { type ClientOptions, ConfigurationError, headerValueProblem, type TokenStore, thrownLine } from '@acct/core';
import type { BasicCredentials } from './auth';

declare const conflict: unique symbol;

/**
 * The type of an option that cannot be given together with another: no value fits it, and the
 * compiler's message quotes `Message`, e.g. `CredentialConflict<"`token` cannot be combined with `username`">`.
 */
export interface CredentialConflict<Message extends string> {
  /** The conflict, spelled out where the compiler shows the type. */
  readonly [conflict]: Message;
}

/** A user JWT obtained elsewhere, sent raw in the `token` header. */
export interface TokenAuth {
  /** The user's JWT (a developer user's also serves the admin operations when there is no `basicAuth`). */
  token: string;
  /** When `token` expires, in Unix seconds (Glowmarkt's `exp`); read from the JWT when absent. */
  tokenExp?: number;
  /**
   * Renew the token through `GET /auth/newToken` before it expires (default `true`). A token whose
   * expiry is unknown (no `tokenExp`, not a JWT) is used as is and never renewed early.
   */
  renew?: boolean;
  /** Shares the renewed token among processes (e.g. `createRedisTokenStore(redis)`); needs `tokenStoreUser`. */
  tokenStore?: TokenStore;
  /** Whose token it is (their account id or username): the store key's user, hashed; never the token. */
  tokenStoreUser?: string;
  /** Not with `token`: give either a token or `username` + `password`. */
  username?: CredentialConflict<'`username` cannot be combined with `token`'>;
  /** Not with `token`: give either a token or `username` + `password`. */
  password?: CredentialConflict<'`password` cannot be combined with `token`'>;
  /** Not with `token`: `directoryId` belongs to a `username` + `password` login. */
  directoryId?: CredentialConflict<'`directoryId` cannot be combined with `token`'>;
}

/** A user's credentials: the client logs in with `POST /auth` and caches the token until its `exp`. */
export interface PasswordAuth {
  /** The user's login name. */
  username: string;
  /** The user's password (redacted from errors and logs). */
  password: string;
  /** The directory the user belongs to, when the application uses more than one. */
  directoryId?: string;
  /**
   * Before the token expires, renew it through `GET /auth/newToken` rather than logging in again
   * (default `true`); a failed renewal falls back to a login. `false`: always log in again.
   */
  renew?: boolean;
  /** Shares one login among processes (e.g. `createRedisTokenStore(redis)`): keyed by base URL, application, user and directory. */
  tokenStore?: TokenStore;
  /** Not with `username` + `password`: give either a token or a login. */
  token?: CredentialConflict<'`token` cannot be combined with `username` + `password`'>;
  /** Not with `username` + `password`: a login's expiry is read from its answer. */
  tokenExp?: CredentialConflict<'`tokenExp` belongs to a given `token`'>;
}

/** No user credentials: only the application-key operations can be called. */
export interface NoUserAuth {
  /** Absent: this client has application keys only. */
  token?: undefined;
  /** Absent: `username` needs `password` as well. */
  username?: undefined;
  /** Absent: `password` needs `username` as well. */
  password?: undefined;
  /** Absent: `directoryId` belongs to a `username` + `password` login. */
  directoryId?: undefined;
  /** Absent: there is no user token to renew. */
  renew?: undefined;
  /** Absent: application keys need no login to share. */
  tokenStore?: undefined;
}

/** Options of `createGlowmarktClient`: the application id, user and/or application credentials, and core's options. */
export type GlowmarktClientOptions = ClientOptions & {
  /** Your application's id, sent as the `applicationId` header with every call. */
  applicationId: string;
} & (
    | ((TokenAuth | PasswordAuth) & {
        /** The application's (or organisation's) API key pair, for the admin operations (HTTP Basic); preferred over a developer token. */
        basicAuth?: BasicCredentials;
      })
    | (NoUserAuth & { basicAuth: BasicCredentials })
  );

/** The options as read at runtime, credentials checked. */
export interface ReadOptions extends ClientOptions {
  applicationId: string;
  token?: string;
  /** When `token` expires, epoch ms, when given. */
  tokenExpiresAt?: number;
  login?: { username: string; password: string; directoryId?: string };
  basicAuth?: BasicCredentials;
  renew: boolean;
  tokenStore?: TokenStore;
  tokenStoreUser?: string;
}

// What may arrive from JavaScript callers, before any check.
type Loose = ClientOptions & {
  applicationId?: string;
  token?: string;
  username?: string;
  password?: string;
  directoryId?: string;
  basicAuth?: Partial<BasicCredentials>;
  tokenExp?: number;
  renew?: boolean;
  tokenStore?: TokenStore;
  tokenStoreUser?: string;
};

const WHERE = 'createGlowmarktClient';
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * Checks the credentials (missing, partial, mixed or unsendable ones throw ConfigurationError) and
 * separates them from core's options. Options it cannot read (a getter or a Proxy that throws) are a
 * ConfigurationError too.
 */
export function readOptions(options: GlowmarktClientOptions): ReadOptions {
  try {
    return check(options);
  } catch (e) {
    if (e instanceof ConfigurationError) throw e;
    throw new ConfigurationError(`${WHERE}: the options could not be read — ${thrownLine(e)}`, { cause: e });
  }
}

function check(options: GlowmarktClientOptions): ReadOptions {
  const {
    applicationId,
    token,
    username,
    password,
    directoryId,
    basicAuth: given,
    tokenExp,
    renew,
    tokenStore,
    tokenStoreUser,
    ...rest
  } = (options ?? {}) as Loose;
  const basicAuth = given && { username: given.username, password: given.password };
  const fail = (message: string): never => {
    throw new ConfigurationError(`${WHERE}: ${message}`);
  };
  // A credential sent in a header is refused now, by name, never quoting it: not at the first call.
  const sendable = (value: string, what: string) => {
    const problem = headerValueProblem(value);
    if (problem) fail(`${what} ${problem}: it cannot be sent in a header`);
  };
  if (!isText(applicationId)) fail('`applicationId` is required');
  sendable(applicationId!, '`applicationId`');
  const hasLogin = username !== undefined || password !== undefined || directoryId !== undefined;
  if (token !== undefined && hasLogin) fail('give either `token` or `username` + `password`, not both');
  if (token !== undefined && !isText(token)) fail('`token` must be a non-empty string');
  if (token !== undefined) sendable(token, '`token`');
  // `username` and `password` travel in the login's JSON body: any string can be sent.
  if (hasLogin && !(isText(username) && isText(password))) fail('`username` and `password` are both required to log in');
  if (directoryId !== undefined && !isText(directoryId)) fail('`directoryId` must be a non-empty string');
  if (basicAuth !== undefined && !(isText(basicAuth?.username) && isText(basicAuth?.password)))
    fail('`basicAuth` needs a `username` and a `password`');
  if (token === undefined && !hasLogin && basicAuth === undefined) fail('give `token`, `username` + `password`, or `basicAuth`');
  if (tokenExp !== undefined && token === undefined) fail('`tokenExp` belongs to a given `token`');
  if (tokenExp !== undefined && !(typeof tokenExp === 'number' && Number.isFinite(tokenExp) && tokenExp > 0))
    fail('`tokenExp` must be the expiry of the token in Unix seconds');
  if (renew !== undefined && typeof renew !== 'boolean') fail('`renew` must be a boolean');
  if (tokenStore !== undefined && token === undefined && !hasLogin)
    fail('`tokenStore` shares a user token: give `username` + `password` or `token`');
  if (tokenStore !== undefined && token !== undefined && !isText(tokenStoreUser))
    fail(
      '`tokenStore` with a `token` needs `tokenStoreUser` (whose token it is, e.g. the account id): the store key never holds the token',
    );
  if (tokenStoreUser !== undefined && (tokenStore === undefined || hasLogin))
    fail('`tokenStoreUser` belongs to `tokenStore` with a `token` (a login is keyed by its `username`)');
  return {
    ...rest,
    applicationId: applicationId!,
    renew: renew ?? true,
    ...(tokenStore === undefined ? {} : { tokenStore }),
    ...(tokenStoreUser === undefined ? {} : { tokenStoreUser }),
    ...(token === undefined ? {} : { token }),
    ...(tokenExp === undefined ? {} : { tokenExpiresAt: tokenExp * 1000 }),
    ...(hasLogin ? { login: { username: username!, password: password!, ...(directoryId === undefined ? {} : { directoryId }) } } : {}),
    ...(basicAuth === undefined ? {} : { basicAuth: { username: basicAuth.username!, password: basicAuth.password! } }),
  };
}
