/**
 * One memory measurement in a fresh process (argv: mode, server URL, `peak` | `live`): reads all
 * 100 000 users with `searchUsersAll` (pages of 1 000) or in one `record_size: -1` call. `peak`
 * samples the heap as it runs (garbage included); `live` forces a GC every 10 000 users and at the
 * end, while the users read are still held, so it shows what is really retained. Prints one JSON line.
 */
import { createThoughtSpotClient } from '@acct/thoughtspot';

const [mode, baseURL, measure] = process.argv.slice(2) as ['paged' | 'single', string, 'peak' | 'live'];
const gc = (globalThis as { gc?: () => void }).gc!;
gc();
const before = process.memoryUsage();
let heap = 0;
let rss = 0;
const sample = (collect: boolean) => {
  if (collect) gc();
  const m = process.memoryUsage();
  heap = Math.max(heap, m.heapUsed - before.heapUsed);
  rss = Math.max(rss, m.rss - before.rss);
};
const timer = measure === 'peak' ? setInterval(() => sample(false), 2) : undefined;
// One `record_size: -1` answer for 100 000 users is far over the 16 MiB default limit: this comparison raises it.
const client = createThoughtSpotClient({ baseURL, token: 'bench-token', timeout: 120_000, maxResponseBytes: 2 ** 30 });
let users = 0;
let held: unknown;
if (mode === 'paged') {
  for await (const _ of client.searchUsersAll({}, { pageSize: 1_000 })) {
    users++;
    if (users % 10_000 === 0) sample(measure === 'live');
  }
} else {
  held = await client.searchUsers({ record_size: -1 });
  users = (held as unknown[]).length;
}
clearInterval(timer);
sample(measure === 'live');
const mb = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;
console.log(JSON.stringify({ users, heapGrowthMB: mb(heap), rssGrowthMB: mb(rss), held: held ? 1 : 0 }));
