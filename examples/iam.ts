/**
 * EazyRent IAM quickstart: who am I, my settings and my notification switches (read-only).
 * Set IAM_API_KEY (and optionally IAM_BASE_URL) to run it against the real API.
 */
import { createIamClient } from '@acct/iam';
import { env, expectError, step } from './report';

const baseURL = process.env.IAM_BASE_URL ? { baseURL: process.env.IAM_BASE_URL } : {};
const iam = createIamClient({ apiKey: env('IAM_API_KEY'), ...baseURL });

// A human user or a service account: `user_type` tells them apart, and TypeScript narrows on it.
const me = await step(
  'getMyUser',
  () => iam.getMyUser(),
  (user) =>
    user.user_type === 'Human' ? `${user.first_name} ${user.last_name} <${user.email}>, ${user.state}` : `service account ${user.name}`,
);

// Settings and notification preferences belong to human users (a service account gets NotFoundError).
if (me?.user_type === 'Human') {
  await step(
    'getMyConfig',
    () => iam.getMyConfig(),
    (config) => `dark mode ${config.dark_mode ? 'on' : 'off'}, e-mail notifications ${config.send_notification_by_mail ? 'on' : 'off'}`,
  );
  await step(
    'getUserNotificationPreferences',
    () => iam.getUserNotificationPreferences(),
    // A channel may come back null or absent (the doc promises neither): count what is there.
    ({ app, email }) =>
      `${Object.values(app ?? {}).filter(Boolean).length} in-app and ${Object.values(email ?? {}).filter(Boolean).length} e-mail switches on`,
  );
}

// A key the server does not know: a typed AuthenticationError, the key redacted from its message.
const revoked = createIamClient({ apiKey: 'iam-revoked-api-key-0000', ...baseURL });
await expectError('getMyUser (unknown API key)', () => revoked.getMyUser(), 'AuthenticationError');
