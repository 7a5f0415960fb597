/**
 * EazyRent IAM quickstart: who am I, my settings and my notification switches (read-only).
 * Run it with your key: `IAM_API_KEY=… npx tsx iam.ts` (IAM_BASE_URL to point elsewhere).
 * Prints one `✓ call → result` or `✗ call → error` line per call, and exits 1 if one went wrong.
 */
import { AuthenticationError, createIamClient, RequestValidationError } from '@acct/iam';

const apiKey = process.env.IAM_API_KEY;
if (!apiKey) throw new Error('set IAM_API_KEY to your EazyRent API key');
const baseURL = process.env.IAM_BASE_URL; // undefined: EazyRent's https://api.eazyrent.fr/iam/v1
const iam = createIamClient({ apiKey, baseURL });

const ok = (call: string, result: string) => console.log(`✓ ${call} → ${result}`);
const failed = (call: string, error: unknown) => {
  console.log(`✗ ${call} → ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  process.exitCode = 1;
};

try {
  // A human user or a service account: `user_type` tells them apart, and TypeScript narrows on it.
  const me = await iam.getMyUser();
  if (me.user_type === 'Human') {
    ok('getMyUser', `${me.first_name} ${me.last_name} <${me.email}>, ${me.state}`);

    // Settings and notification preferences belong to human users (a service account gets NotFoundError).
    const config = await iam.getMyConfig();
    ok(
      'getMyConfig',
      `dark mode ${config.dark_mode ? 'on' : 'off'}, e-mail notifications ${config.send_notification_by_mail ? 'on' : 'off'}`,
    );

    // A channel may come back null or absent (the doc promises neither): count what is there.
    const { app, email } = await iam.getUserNotificationPreferences();
    const on = (channel: object | null | undefined) => Object.values(channel ?? {}).filter(Boolean).length;
    ok('getUserNotificationPreferences', `${on(app)} in-app and ${on(email)} e-mail switches on`);
  } else {
    ok('getMyUser', `service account ${me.name}`);
  }
} catch (error) {
  failed('getMyUser / getMyConfig / getUserNotificationPreferences', error);
}

// Bad input never leaves your process: a typed error, nothing sent.
try {
  await iam.partialUpdateMyUser({ frist_name: 'Camille' } as never);
  failed('partialUpdateMyUser (a typo)', 'resolved, expected a RequestValidationError');
} catch (error) {
  if (error instanceof RequestValidationError) ok('partialUpdateMyUser (a typo)', `RequestValidationError, ${error.attempts} sent`);
  else failed('partialUpdateMyUser (a typo)', error);
}

// A key the server does not know: AuthenticationError, the key redacted from its message.
const unknownKey = 'iam-revoked-api-key-0000';
try {
  await createIamClient({ apiKey: unknownKey, baseURL }).getMyUser();
  failed('getMyUser (unknown API key)', 'resolved, expected an AuthenticationError');
} catch (error) {
  if (error instanceof AuthenticationError && !error.message.includes(unknownKey)) ok('getMyUser (unknown API key)', 'AuthenticationError');
  else failed('getMyUser (unknown API key)', error);
}
