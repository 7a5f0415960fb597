import { createGlowmarktClient, DEFAULT_BASE_URL, endpoints, type GlowmarktClient } from '@acct/glowmarkt';
import { defineAdapter } from '@acct/harness';

export default defineAdapter<GlowmarktClient>({
  vendor: 'glowmarkt',
  basePath: '/api/v0-1',
  realBaseURL: DEFAULT_BASE_URL,
  endpoints,
  credentials: {
    applicationId: 'glow-fake-application-id',
    token: 'fake-user-jwt-0001',
    username: 'fake-user@example.com',
    password: 'fake-password-0001',
    appUser: 'fake-app-key-id',
    appKey: 'fake-app-key-secret',
    // Tokens the fake `POST /auth` issues in the login fixtures, and one the API no longer accepts.
    sessionToken: 'fake-jwt-from-login-0001',
    renewedToken: 'fake-jwt-from-login-0002',
    expiredToken: 'not-a-valid-token',
  },
  env: {
    baseURL: 'GLOWMARKT_BASE_URL',
    applicationId: 'GLOWMARKT_APPLICATION_ID',
    username: 'GLOWMARKT_USERNAME',
    password: 'GLOWMARKT_PASSWORD',
    appUser: 'GLOWMARKT_APP_USER',
    appKey: 'GLOWMARKT_APP_KEY',
  },
  defaultAuth: 'token',
  createClient: ({ auth, credentials: c, ...options }) => {
    const applicationId = c.applicationId!;
    switch (auth) {
      case 'token':
        return createGlowmarktClient({ ...options, applicationId, token: c.token! });
      case 'expiredToken':
        return createGlowmarktClient({ ...options, applicationId, token: c.expiredToken! });
      case 'password':
        return createGlowmarktClient({ ...options, applicationId, username: c.username!, password: c.password! });
      case 'basic':
        return createGlowmarktClient({ ...options, applicationId, basicAuth: { username: c.appUser!, password: c.appKey! } });
      default:
        throw new Error(`glowmarkt adapter: unknown auth mode ${auth}`);
    }
  },
});
