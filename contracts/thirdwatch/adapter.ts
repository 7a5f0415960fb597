import { defineAdapter } from '@acct/harness';
import { createThirdwatchClient, DEFAULT_BASE_URL, endpoints, type ThirdwatchClient } from '@acct/thirdwatch';

export default defineAdapter<ThirdwatchClient>({
  vendor: 'thirdwatch',
  basePath: '/event',
  realBaseURL: DEFAULT_BASE_URL,
  endpoints,
  credentials: { apiKey: 'tw-fake-api-key-0001' },
  env: { baseURL: 'THIRDWATCH_BASE_URL', apiKey: 'THIRDWATCH_API_KEY' },
  defaultAuth: 'apiKey',
  createClient: ({ credentials, ...options }) => createThirdwatchClient({ ...options, apiKey: credentials.apiKey! }),
});
