import { type AuthStrategy, apiKeyHeader, basic, type TokenSource } from '@acct/core';

/**
 * Scheme of the calls a user makes on their own account: `applicationId` + `token`. The key reads
 * well in core's ConfigurationError: `changeEmail needs "token or username/password" credentials…`.
 */
export const USER_SCHEME = 'token or username/password';
/**
 * Scheme of the admin calls: `applicationId` + HTTP Basic (appKeys / orgAppKeys), or `applicationId`
 * + a developer user token (the spec's devUserToken, from `token` or a `username`/`password` login).
 */
export const ADMIN_SCHEME = 'basicAuth, or a developer user token or username/password';
/** Scheme of the login `POST /auth`: the `applicationId` header alone. */
export const LOGIN_SCHEME = 'applicationId';
/** Scheme of `GET /auth/newToken`: `applicationId` + the token being renewed. */
export const RENEW_SCHEME = 'the token being renewed';

/** HTTP Basic credentials: the application's (or organisation's) API key pair. */
export interface BasicCredentials {
  /** The application's (or organisation's) API key id, sent as the Basic user name. */
  username: string;
  /** The API key secret, sent as the Basic password (redacted from errors and logs). */
  password: string;
}

/** Which credential an admin call sends: `basicAuth` when the client has it, else the user's token. */
export type AdminCredential = 'basicAuth' | 'token';

/**
 * The client's credentials per scheme. A scheme the user gave no credentials for is left out, so its
 * operations fail before sending with a ConfigurationError that names it. `user` is the strategy
 * sending the user's token; `renewal` the one sending the token being renewed.
 */
export function authSchemes(
  applicationId: string,
  user: AuthStrategy | undefined,
  appKeys: BasicCredentials | undefined,
  renewal: AuthStrategy | undefined,
): { schemes: Record<string, AuthStrategy[]>; admin: AdminCredential | undefined } {
  const app = apiKeyHeader('applicationId', applicationId);
  const schemes: Record<string, AuthStrategy[]> = { [LOGIN_SCHEME]: [app] };
  if (renewal) schemes[RENEW_SCHEME] = [app, renewal];
  // securityDefinitions.userToken / devUserToken: header `token`, the JWT raw, no `Bearer` prefix.
  if (user) schemes[USER_SCHEME] = [app, user];
  // The spec lists appKeys, applicationId + orgAppKeys and applicationId + devUserToken as alternatives.
  if (appKeys) schemes[ADMIN_SCHEME] = [app, basic(appKeys.username, appKeys.password)];
  else if (user) schemes[ADMIN_SCHEME] = [app, user];
  return { schemes, admin: appKeys ? 'basicAuth' : user ? 'token' : undefined };
}

/** The strategy sending a user token from `source` in the `token` header. */
export function userToken(source: TokenSource): AuthStrategy {
  return apiKeyHeader('token', source);
}
