import { apiKeyHeader, bindMethods, type ClientOptions, ConfigurationError, createClient, type Methods } from '@acct/core';
import { endpoints } from './endpoints/index';

/** Thirdwatch's event API. */
export const DEFAULT_BASE_URL = 'https://api.thirdwatch.ai/event';

// Stamped by the build (tsdown `define`); source runs (tests) fall back to a dev version.
declare const __ACCT_VERSION__: string | undefined;
const VERSION = typeof __ACCT_VERSION__ === 'string' ? __ACCT_VERSION__ : '0.0.0-dev';

/** Options of `createThirdwatchClient`. */
export interface ThirdwatchClientOptions extends ClientOptions {
  /** Your Thirdwatch API key, sent as `X-THIRDWATCH-API-KEY`. */
  apiKey: string;
}

/**
 * The Thirdwatch account events. Every method posts one event and resolves to `{ message }`; events
 * are not retried unless the server says it did not process them (429, 503) or nothing was sent.
 */
export interface ThirdwatchClient extends Methods<typeof endpoints> {}

/** Creates a Thirdwatch client: `createThirdwatchClient({ apiKey })`. */
export function createThirdwatchClient(options: ThirdwatchClientOptions): ThirdwatchClient {
  const { apiKey, ...rest } = options ?? ({} as ThirdwatchClientOptions);
  if (typeof apiKey !== 'string' || apiKey === '') throw new ConfigurationError('createThirdwatchClient: `apiKey` is required');
  const client = createClient({
    ...rest,
    baseURL: rest.baseURL ?? DEFAULT_BASE_URL,
    auth: { default: apiKeyHeader('X-THIRDWATCH-API-KEY', apiKey) },
    sdk: { name: '@acct/thirdwatch', version: VERSION },
  });
  return bindMethods(client, endpoints);
}
