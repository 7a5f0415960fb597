import { reply, startServer, type TestServer } from '@acct/harness';
import { createMentionClient, type MentionClientOptions } from '../src/index';

/** The doc's account (its duplicated `default_trending_email_notification_frequency` kept once, as JSON.parse does). */
export const ACCOUNT = {
  account: {
    id: '630929_4wgkw0o0go4wco40wos4gww44tbrsluiajok04g4gsscw8wssk',
    name: 'John Smith',
    email: 'j.smith@nasa.com',
    language_code: 'en',
    created_at: '2016-01-18T14:49:37.0+00:00',
    updated_at: '2016-01-18T14:49:37.0+00:00',
    grouped_email_notification: false,
    default_email_notification_frequency: 'daily',
    default_desktop_notification_frequency: 'hourly',
    default_push_notification_frequency: 'hourly',
    default_trending_email_notification_frequency: 'never',
    permissions: { create_alert: true, read_teammembers: true, read_teamrequests: true, read_quotastats: true },
    email_subscriptions: { quota_exceeded: true },
  },
  _links: { self: { href: '/api/accounts/630929_4wgkw0o0go4wco40wos4gww44tbrsluiajok04g4gsscw8wssk' } },
};

/** A fake token, long enough to be redacted by value. */
export const TOKEN = 'mention-test-token-4f1c';

/** Starts a loopback server answering with `handler` (default: the doc's account) and a client on it. */
export async function setup(
  handler: Parameters<typeof startServer>[0] = (_req, res) => reply(res, 200, ACCOUNT),
  options: Partial<MentionClientOptions> = {},
): Promise<{ server: TestServer; mention: ReturnType<typeof createMentionClient> }> {
  const server = await startServer(handler);
  const mention = createMentionClient({ accessToken: TOKEN, baseURL: `${server.url}/api`, retryDelay: 1, ...options });
  return { server, mention };
}
