import { createThoughtSpotClient } from '@acct/thoughtspot';

const users = Array.from({ length: 10 }, (_, i) => ({
  id: `u${i}`,
  name: `user${i}`,
  display_name: `User ${i}`,
  visibility: 'SHARABLE',
  account_status: 'ACTIVE',
  account_type: 'LOCAL_USER',
  email: `u${i}@x.co`,
  privileges: ['AUTHORING'],
  orgs: [{ id: 0, name: 'Primary' }],
  user_groups: [{ id: 'g', name: 'All' }],
  favorite_metadata: [],
  creation_time_in_millis: 1,
  modification_time_in_millis: 2,
  deleted: false,
  hidden: false,
  external: false,
}));
const text = JSON.stringify(users);
const stub = async () => new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
const c = createThoughtSpotClient({ baseURL: 'https://ts.example', token: 'tok-1234', fetch: stub });
const raw = async () =>
  (
    await stub('https://ts.example/api/rest/2.0/users/search', {
      method: 'POST',
      headers: { authorization: 'Bearer tok-1234', 'content-type': 'application/json' },
      body: JSON.stringify({ record_size: 10 }),
    })
  ).json();
const sdk = () => c.searchUsers({ record_size: 10 });
for (const [name, fn] of [
  ['raw', raw],
  ['sdk', sdk],
  ['raw', raw],
  ['sdk', sdk],
]) {
  const t = performance.now();
  let n = 0;
  while (performance.now() - t < 1500) {
    await fn();
    n++;
  }
  console.log(name, Math.round(n / ((performance.now() - t) / 1000)));
}
