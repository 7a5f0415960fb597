import { bearer, bindMethods, type ClientOptions, ConfigurationError, createClient, type Methods } from '@acct/core';
import { endpoints } from './endpoints/index';
import { formErrorDetails, formErrorMessage } from './errors';
import { rateLimitReset } from './rate-limit';

/** Mention's API host. */
export const DEFAULT_BASE_URL = 'https://api.mention.net/api';

/** The API version sent as `Accept-Version` unless you choose another. */
export const DEFAULT_API_VERSION = '1.19';

// Stamped by the build (tsdown `define`); source runs (tests) fall back to a dev version.
declare const __ACCT_VERSION__: string | undefined;
const VERSION = typeof __ACCT_VERSION__ === 'string' ? __ACCT_VERSION__ : '0.0.0-dev';

/** Options of `createMentionClient`. */
export interface MentionClientOptions extends ClientOptions {
  /** An access token: your app's own (app details page) or one obtained through OAuth2. Sent as `Authorization: Bearer <token>`. */
  accessToken: string;
  /** The API version, sent as `Accept-Version` (default `1.19`, the version these types follow). */
  apiVersion?: string;
}

/**
 * The Mention account operations. GET and PUT are retried as idempotent (except a password
 * change, never sent twice); POST only on 429 and 503.
 */
export interface MentionClient extends Methods<typeof endpoints> {}

/** Creates a Mention client: `createMentionClient({ accessToken })`. */
export function createMentionClient(options: MentionClientOptions): MentionClient {
  const { accessToken, apiVersion = DEFAULT_API_VERSION, headers, ...rest } = options ?? ({} as MentionClientOptions);
  if (typeof accessToken !== 'string' || accessToken === '') throw new ConfigurationError('createMentionClient: `accessToken` is required');
  if (typeof apiVersion !== 'string' || apiVersion.trim() === '') {
    throw new ConfigurationError('createMentionClient: `apiVersion` must be a version string such as "1.19"');
  }
  // A caller's own `accept-version`, in any spelling, replaces the default (core appends duplicate
  // client headers, so the default is left out here). Headers that are not an object go to core untouched, which reports them.
  const plain = headers === undefined || (typeof headers === 'object' && headers !== null && !Array.isArray(headers));
  const own = plain && Object.keys(headers ?? {}).some((k) => k.toLowerCase() === 'accept-version');
  const client = createClient({
    ...rest,
    baseURL: rest.baseURL ?? DEFAULT_BASE_URL,
    headers: plain ? { ...(own ? {} : { 'Accept-Version': apiVersion }), ...headers } : headers,
    auth: { default: bearer(accessToken) },
    errorMessage: formErrorMessage,
    errorDetails: formErrorDetails,
    retryAfter: (h) => rateLimitReset(h),
    sdk: { name: '@acct/mention', version: VERSION },
  });
  return bindMethods(client, endpoints);
}
