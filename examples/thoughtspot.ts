/**
 * ThoughtSpot quickstart: log in, look users up (read-only), then revoke the token.
 * Set THOUGHTSPOT_BASE_URL (your cluster), THOUGHTSPOT_USERNAME and THOUGHTSPOT_PASSWORD to run it
 * against your cluster; without them it runs against the package's own mock server.
 */
import { BadRequestError, createThoughtSpotClient } from '@acct/thoughtspot';
import { createMockServer } from '@acct/thoughtspot/testing';

const { THOUGHTSPOT_BASE_URL, THOUGHTSPOT_USERNAME, THOUGHTSPOT_PASSWORD } = process.env;
const mock = THOUGHTSPOT_BASE_URL ? undefined : await createMockServer();

// One login (POST /api/rest/2.0/auth/token/full), shared by every call until the token nears expiry.
const thoughtspot = createThoughtSpotClient({
  baseURL: THOUGHTSPOT_BASE_URL ?? mock!.baseURL,
  username: THOUGHTSPOT_USERNAME ?? 'demo-admin',
  password: THOUGHTSPOT_PASSWORD ?? 'demo-password',
});

/** Prints `✓ call → summary`, or `✗ call → Error: message` (and fails the run). */
async function step<T>(call: string, run: () => Promise<T>, summary: (result: T) => string): Promise<void> {
  try {
    console.log(`✓ ${call} → ${summary(await run())}`);
  } catch (error) {
    console.log(`✗ ${call} → ${(error as Error).name}: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

await step(
  'searchUsers (one user)',
  () => thoughtspot.searchUsers({ user_identifier: 'ann.lee' }),
  (users) => users.map((u) => `${u.display_name} <${u.email}> ${u.account_status}`).join(', '),
);
await step(
  'searchUsers (name pattern, first page)',
  () => thoughtspot.searchUsers({ name_pattern: 'ann', record_offset: 0, record_size: 10 }),
  (users) => `${users.length} user(s): ${users.map((u) => u.name).join(', ')}`,
);
// Every active user, two per request, one page in memory at a time.
await step(
  'searchUsersAll',
  async () => {
    const names: string[] = [];
    const filter = { account_status: 'ACTIVE', sort_options: { field_name: 'NAME', order: 'ASC' } } as const;
    for await (const user of thoughtspot.searchUsersAll(filter, { pageSize: 2 })) names.push(user.name);
    return names;
  },
  (names) => `${names.length} active users: ${names.join(', ')}`,
);
// ThoughtSpot answers an unknown user with a 400 (code 10002), not a 404.
await step(
  'searchUsers (unknown user)',
  async () => {
    const error = await thoughtspot.searchUsers({ user_identifier: 'no.such.user' }).catch((e: unknown) => e);
    if (!(error instanceof BadRequestError)) throw new Error(`expected a BadRequestError, got ${String(error)}`);
    return error;
  },
  (e) => `BadRequestError (as expected), code ${e.code}`,
);
// Done: revoke the token (POST /api/rest/2.0/auth/token/revoke); a next call would log in again.
await step(
  'revokeToken',
  () => thoughtspot.revokeToken(),
  (revoked) => (revoked ? 'token revoked' : 'no token to revoke'),
);
await mock?.close();
