/**
 * ThoughtSpot quickstart: log in and look users up (read-only).
 * Set THOUGHTSPOT_BASE_URL (your cluster), THOUGHTSPOT_USERNAME and THOUGHTSPOT_PASSWORD to run it against your cluster.
 */
import { createThoughtSpotClient } from '@acct/thoughtspot';
import { env, expectError, step } from './report';

// One login (POST /api/rest/2.0/auth/token/full), shared by every call until the token nears expiry.
const thoughtspot = createThoughtSpotClient({
  baseURL: env('THOUGHTSPOT_BASE_URL'),
  username: env('THOUGHTSPOT_USERNAME'),
  password: env('THOUGHTSPOT_PASSWORD'),
});

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
await expectError('searchUsers (unknown user)', () => thoughtspot.searchUsers({ user_identifier: 'no.such.user' }), 'BadRequestError');
