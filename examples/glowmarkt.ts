/**
 * Glowmarkt quickstart: log in, read the account's status, renew the token, and the
 * application-level account views. Set GLOWMARKT_APPLICATION_ID, GLOWMARKT_USERNAME,
 * GLOWMARKT_PASSWORD, GLOWMARKT_APP_USER and GLOWMARKT_APP_KEY (and optionally GLOWMARKT_BASE_URL)
 * to run it against the real API.
 */
import { createGlowmarktClient } from '@acct/glowmarkt';

/** A required environment variable. */
function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name}`);
  return value;
}

/** Runs one call and prints `✓ call → summary`, or `✗ call → ErrorName: message` (exit code 1). */
async function step<T>(call: string, run: () => Promise<T>, summary: (result: T) => string): Promise<T | undefined> {
  try {
    const result = await run();
    console.log(`✓ ${call} → ${summary(result)}`);
    return result;
  } catch (error) {
    console.log(`✗ ${call} → ${(error as Error).name}: ${(error as Error).message}`);
    process.exitCode = 1;
    return undefined;
  }
}

const applicationId = env('GLOWMARKT_APPLICATION_ID');
const baseURL = process.env.GLOWMARKT_BASE_URL ? { baseURL: process.env.GLOWMARKT_BASE_URL } : {};

// User calls log in with POST /auth and reuse the token until its `exp`; admin calls use the app keys.
const glow = createGlowmarktClient({
  applicationId,
  username: env('GLOWMARKT_USERNAME'),
  password: env('GLOWMARKT_PASSWORD'),
  basicAuth: { username: env('GLOWMARKT_APP_USER'), password: env('GLOWMARKT_APP_KEY') },
  ...baseURL,
});

const session = await step(
  'authenticate',
  () => glow.authenticate(),
  // Every field but the token may be absent or null (the spec promises none): `exp` is read when sent.
  (s) => `account ${s.accountId}, token valid until ${s.exp ? new Date(s.exp * 1000).toISOString() : 'an unknown date'}`,
);
await step(
  'getAccountStatusByUserToken',
  () => glow.getAccountStatusByUserToken(),
  (s) => `${s.status}, active: ${s.active}`,
);
await step(
  'renewToken',
  () => glow.renewToken(),
  (r) => `a new token, valid until ${r.exp ? new Date(r.exp * 1000).toISOString() : 'an unknown date'}`,
);
await step(
  'getAccounts',
  () => glow.getAccounts(),
  (accounts) => `${accounts.length} account(s)`,
);
if (session?.accountId) {
  const accountId = session.accountId;
  await step(
    'getAccountById',
    () => glow.getAccountById(accountId),
    (a) => `${a.username} <${a.email}>`,
  );
  await step(
    'getAccountStatusById',
    () => glow.getAccountStatusById(accountId),
    (s) => `${s.status}`,
  );
}

// A token the API does not accept: a typed AuthenticationError, the token redacted from its message.
const stale = createGlowmarktClient({ applicationId, token: 'not-a-valid-token', ...baseURL });
await step(
  'getAccountStatusByUserToken (invalid token)',
  () =>
    stale.getAccountStatusByUserToken().then(
      () => Promise.reject(new Error('resolved, expected AuthenticationError')),
      (e: Error) => (e.name === 'AuthenticationError' ? e.name : Promise.reject(e)),
    ),
  (name) => `${name} (as expected)`,
);
