import { type AuthStrategy, apiKeyHeader, basic, type TokenSource } from '@acct/core';

/**
 * Scheme of the calls a user makes on their own account: `applicationId` + `token`. The key reads
 * well in core's ConfigurationError: `changeEmail needs "token or username/password" credentials…`.
 */
export const USER_SCHEME = 'token or username/password';
/** Scheme of the application-key (admin) calls: `applicationId` + HTTP Basic (appKeys / orgAppKeys). */
export const APP_KEYS_SCHEME = 'basicAuth';
/** Scheme of the login `POST /auth`: the `applicationId` header alone. */
export const LOGIN_SCHEME = 'applicationId';

/** HTTP Basic credentials: the application's (or organisation's) API key pair. */
export interface BasicCredentials {
  /** The application's (or organisation's) API key id, sent as the Basic user name. */
  username: string;
  /** The API key secret, sent as the Basic password (redacted from errors and logs). */
  password: string;
}

/**
 * The client's credentials per scheme. A scheme the user gave no credentials for is left out, so its
 * operations fail before sending with a ConfigurationError that names it.
 */
export function authSchemes(
  applicationId: string,
  user: TokenSource | undefined,
  appKeys: BasicCredentials | undefined,
): Record<string, AuthStrategy[]> {
  const app = apiKeyHeader('applicationId', applicationId);
  const schemes: Record<string, AuthStrategy[]> = { [LOGIN_SCHEME]: [app] };
  // securityDefinitions.userToken: header `token`, the JWT raw, no `Bearer` prefix.
  if (user) schemes[USER_SCHEME] = [app, apiKeyHeader('token', user)];
  if (appKeys) schemes[APP_KEYS_SCHEME] = [app, basic(appKeys.username, appKeys.password)];
  return schemes;
}
