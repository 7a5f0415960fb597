import { type ClientOptions, ConfigurationError } from '@acct/core';
import type { BasicCredentials } from './auth';

declare const conflict: unique symbol;

/**
 * The type of an option that cannot be given together with another: no value fits it, and the
 * compiler's message quotes `Message`, e.g. `CredentialConflict<"`token` cannot be combined with `username`">`.
 */
export interface CredentialConflict<Message extends string> {
  readonly [conflict]: Message;
}

/** A user JWT obtained elsewhere, sent raw in the `token` header. */
export interface TokenAuth {
  /** The user's JWT. It is not renewed: once it expires, calls fail with `AuthenticationError`. */
  token: string;
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
  /** Not with `username` + `password`: give either a token or a login. */
  token?: CredentialConflict<'`token` cannot be combined with `username` + `password`'>;
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
}

/** Options of `createGlowmarktClient`: the application id, user and/or application credentials, and core's options. */
export type GlowmarktClientOptions = ClientOptions & {
  /** Your application's id, sent as the `applicationId` header with every call. */
  applicationId: string;
} & (
    | ((TokenAuth | PasswordAuth) & {
        /** The application's (or organisation's) API key pair, for the admin operations (HTTP Basic). */
        basicAuth?: BasicCredentials;
      })
    | (NoUserAuth & { basicAuth: BasicCredentials })
  );

/** The options as read at runtime, credentials checked. */
export interface ReadOptions extends ClientOptions {
  applicationId: string;
  token?: string;
  login?: { username: string; password: string; directoryId?: string };
  basicAuth?: BasicCredentials;
}

// What may arrive from JavaScript callers, before any check.
type Loose = ClientOptions & {
  applicationId?: string;
  token?: string;
  username?: string;
  password?: string;
  directoryId?: string;
  basicAuth?: Partial<BasicCredentials>;
};

const WHERE = 'createGlowmarktClient';
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** Checks the credentials (missing, partial or mixed ones throw ConfigurationError) and separates them from core's options. */
export function readOptions(options: GlowmarktClientOptions): ReadOptions {
  const { applicationId, token, username, password, directoryId, basicAuth, ...rest } = (options ?? {}) as Loose;
  const fail = (message: string): never => {
    throw new ConfigurationError(`${WHERE}: ${message}`);
  };
  if (!isText(applicationId)) fail('`applicationId` is required');
  const hasLogin = username !== undefined || password !== undefined || directoryId !== undefined;
  if (token !== undefined && hasLogin) fail('give either `token` or `username` + `password`, not both');
  if (token !== undefined && !isText(token)) fail('`token` must be a non-empty string');
  if (hasLogin && !(isText(username) && isText(password))) fail('`username` and `password` are both required to log in');
  if (directoryId !== undefined && !isText(directoryId)) fail('`directoryId` must be a non-empty string');
  if (basicAuth !== undefined && !(isText(basicAuth?.username) && isText(basicAuth?.password)))
    fail('`basicAuth` needs a `username` and a `password`');
  if (token === undefined && !hasLogin && basicAuth === undefined) fail('give `token`, `username` + `password`, or `basicAuth`');
  return {
    ...rest,
    applicationId: applicationId!,
    ...(token === undefined ? {} : { token }),
    ...(hasLogin ? { login: { username: username!, password: password!, ...(directoryId === undefined ? {} : { directoryId }) } } : {}),
    ...(basicAuth === undefined ? {} : { basicAuth: { username: basicAuth.username!, password: basicAuth.password! } }),
  };
}
