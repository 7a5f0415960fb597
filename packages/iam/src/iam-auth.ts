import { type AuthStrategy, apiKeyHeader, bearer, ConfigurationError, createTokenCache, headerValueProblem, type Token } from '@acct/core';

/**
 * What a `getAccessToken` provider may return: the token alone (never cached: the provider is
 * asked again for the next request), `{ token, expiresAt }` (epoch ms or a `Date`; reused until
 * shortly before it expires), or an OAuth 2.0 token response `{ access_token, expires_in }`
 * (seconds from now, RFC 6749 §5.1; a string of digits such as `"3600"`, as some servers send it,
 * is read as that number). Without an expiry (absent, `undefined` or `null`) a token is not cached.
 */
export type IamAccessToken =
  | string
  | { token: string; expiresAt?: number | Date | null | undefined }
  | { access_token: string; expires_in?: number | string | null | undefined };

/**
 * A property that cannot be given alongside another credential: its type is the compiler's message,
 * so `{ apiKey, accessToken }` fails with "… not assignable to type '"`accessToken` cannot be combined with `apiKey`"'".
 */
export type IamCannotCombine<Given extends string, With extends string> = `\`${Given}\` cannot be combined with \`${With}\``;

/** An EazyRent API key: sent as `Authorization: Token <apiKey>`. */
export interface IamApiKeyCredentials {
  /** An EazyRent API key, sent as `Authorization: Token <apiKey>`. */
  apiKey: string;
  /** Not with `apiKey`: give exactly one credential. */
  accessToken?: IamCannotCombine<'accessToken', 'apiKey'> | undefined;
  /** Not with `apiKey`: give exactly one credential. */
  getAccessToken?: IamCannotCombine<'getAccessToken', 'apiKey'> | undefined;
}

/** An OAuth2 access token you already have: sent as `Authorization: Bearer <accessToken>`. */
export interface IamAccessTokenCredentials {
  /** An OAuth2 access token, sent as `Authorization: Bearer <accessToken>`. */
  accessToken: string;
  /** Not with `accessToken`: give exactly one credential. */
  apiKey?: IamCannotCombine<'apiKey', 'accessToken'> | undefined;
  /** Not with `accessToken`: give exactly one credential. */
  getAccessToken?: IamCannotCombine<'getAccessToken', 'accessToken'> | undefined;
}

/** A provider of OAuth2 access tokens (e.g. your client-credentials flow), sent as `Authorization: Bearer <token>`. */
export interface IamTokenProviderCredentials {
  /** Returns an access token; see `IamAccessToken` for what it may return and how it is cached. */
  getAccessToken: () => IamAccessToken | Promise<IamAccessToken>;
  /** Not with `getAccessToken`: give exactly one credential. */
  apiKey?: IamCannotCombine<'apiKey', 'getAccessToken'> | undefined;
  /** Not with `getAccessToken`: give exactly one credential. */
  accessToken?: IamCannotCombine<'accessToken', 'getAccessToken'> | undefined;
}

/** The credentials `createIamClient` accepts: exactly one of `apiKey`, `accessToken` or `getAccessToken`. */
export type IamCredentials = IamApiKeyCredentials | IamAccessTokenCredentials | IamTokenProviderCredentials;

const nonEmpty = (s: unknown): s is string => typeof s === 'string' && s !== '';

/** The auth strategy for the one credential given; `ConfigurationError` when there is none, several, or an empty one. */
export function iamAuth(credentials: Record<'apiKey' | 'accessToken' | 'getAccessToken', unknown>): AuthStrategy {
  const given = (['apiKey', 'accessToken', 'getAccessToken'] as const).filter((k) => credentials[k] !== undefined);
  if (given.length !== 1) {
    throw new ConfigurationError(
      `createIamClient: give exactly one of \`apiKey\`, \`accessToken\` or \`getAccessToken\`${given.length ? ` (got ${given.join(', ')})` : ''}`,
    );
  }
  const { apiKey, accessToken, getAccessToken } = credentials as { apiKey?: unknown; accessToken?: unknown; getAccessToken?: unknown };
  if (given[0] === 'apiKey') {
    if (!nonEmpty(apiKey)) throw new ConfigurationError('createIamClient: `apiKey` must be a non-empty string');
    return apiKeyHeader('Authorization', apiKey, { prefix: 'Token' });
  }
  if (given[0] === 'accessToken') {
    if (!nonEmpty(accessToken)) throw new ConfigurationError('createIamClient: `accessToken` must be a non-empty string');
    return bearer(accessToken);
  }
  if (typeof getAccessToken !== 'function') throw new ConfigurationError('createIamClient: `getAccessToken` must be a function');
  return bearer(createTokenCache(async () => toToken(await (getAccessToken as () => IamAccessToken)())));
}

// The latest instant a Date can hold (ECMA-262 §21.4.1.1): a later expiry is taken as this one, so a
// huge `expires_in` (1e306 s) means "valid for as long as can be said", never a non-finite time.
const LATEST = 8.64e15;
const clamp = (ms: number) => Math.min(Math.max(ms, -LATEST), LATEST);

// Decimal digits only: "3600" is read, "1e3", " 3600", "-5" and "3600.5" are not.
const DIGITS = /^\d+$/;

const SHAPES = 'a string, { token, expiresAt? } or { access_token, expires_in? }';

function toToken(result: IamAccessToken): Token {
  const now = Date.now();
  const o = (result && typeof result === 'object' ? result : {}) as Record<string, unknown>;
  const token = typeof result === 'string' ? result : (o.token ?? o.access_token);
  if (!nonEmpty(token)) throw new ConfigurationError(`getAccessToken must return a non-empty token: ${SHAPES}`);
  // Checked here so the message names the provider (core's would speak of a login); the token is never in it.
  const problem = headerValueProblem(token);
  if (problem) {
    throw new ConfigurationError(`the token getAccessToken returned ${problem}: it cannot be sent in a header, so nothing was sent`);
  }
  const { expiresAt, expires_in } = o;
  const at = expiresAt instanceof Date ? expiresAt.getTime() : expiresAt;
  if (typeof at === 'number' && !Number.isNaN(at)) return { token, expiresAt: clamp(at) };
  const seconds = typeof expires_in === 'string' && DIGITS.test(expires_in) ? Number(expires_in) : expires_in;
  if (typeof seconds === 'number' && !Number.isNaN(seconds)) return { token, expiresAt: clamp(now + seconds * 1000) };
  // `null` is what many token endpoints send for "no expiry": the same as leaving the field out.
  if (expiresAt !== undefined && expiresAt !== null) {
    throw new ConfigurationError(
      'getAccessToken returned an `expiresAt` that is neither epoch milliseconds nor a valid Date, so nothing was sent',
    );
  }
  if (expires_in !== undefined && expires_in !== null) {
    throw new ConfigurationError(
      'getAccessToken returned an `expires_in` that is not a number of seconds (a number or a string of digits), so nothing was sent',
    );
  }
  return { token, expiresAt: undefined };
}
