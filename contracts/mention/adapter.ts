import { defineAdapter } from '@acct/harness';
import { createMentionClient, DEFAULT_BASE_URL, endpoints, type MentionClient } from '@acct/mention';

export default defineAdapter<MentionClient>({
  vendor: 'mention',
  basePath: '/api',
  realBaseURL: DEFAULT_BASE_URL,
  endpoints,
  credentials: { accessToken: 'mention-fake-access-token-0001' },
  env: { baseURL: 'MENTION_BASE_URL', accessToken: 'MENTION_ACCESS_TOKEN' },
  defaultAuth: 'accessToken',
  createClient: ({ credentials, ...options }) => createMentionClient({ ...options, accessToken: credentials.accessToken! }),
});
