import { defineAdapter } from '@acct/harness';
import { createIamClient, DEFAULT_BASE_URL, endpoints, type IamClient, type IamCredentials } from '@acct/iam';

export default defineAdapter<IamClient>({
  vendor: 'iam',
  basePath: '/iam/v1',
  realBaseURL: DEFAULT_BASE_URL,
  endpoints,
  credentials: {
    apiKey: 'iam-fake-api-key-0001',
    accessToken: 'iam-fake-access-token-0001',
    renewedAccessToken: 'iam-fake-access-token-0002',
    serviceApiKey: 'iam-fake-service-account-key-0003',
    // The quickstart uses this value as "a key the server does not know".
    revokedApiKey: 'iam-revoked-api-key-0000',
  },
  env: { baseURL: 'IAM_BASE_URL', apiKey: 'IAM_API_KEY' },
  defaultAuth: 'apiKey',
  createClient: ({ auth, credentials: c, ...options }) => {
    const modes: Record<string, () => IamCredentials> = {
      apiKey: () => ({ apiKey: c.apiKey! }),
      serviceApiKey: () => ({ apiKey: c.serviceApiKey! }),
      revokedApiKey: () => ({ apiKey: c.revokedApiKey! }),
      accessToken: () => ({ accessToken: c.accessToken! }),
      // A provider with an expiry: the first token, then a renewed one (after a 401).
      getAccessToken: () => {
        const tokens = [c.accessToken!, c.renewedAccessToken!];
        let n = 0;
        return { getAccessToken: async () => ({ token: tokens[Math.min(n++, 1)]!, expiresAt: Date.now() + 3_600_000 }) };
      },
    };
    const credentials = modes[auth];
    if (!credentials) throw new Error(`iam: unknown auth mode ${auth}`);
    return createIamClient({ ...options, ...credentials() });
  },
});
