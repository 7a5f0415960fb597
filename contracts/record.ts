/**
 * Records one call against the real vendor into a fixture, every secret scrubbed:
 *
 *   pnpm --filter @acct/contracts record <vendor> <operation> '<args as JSON array>' [--auth mode] [--title text]
 *
 * Credentials and the base URL come from the environment variables the vendor's adapter names
 * (see contracts/README.md). Writes contracts/<vendor>/<operation>.<status>.recorded.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { callOperation, createRecorder, revive } from '@acct/harness';
import { adapters } from './adapters';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { auth: { type: 'string' }, title: { type: 'string' } } });
const [vendor, operation, argsJson = '[]'] = positionals;
const load = vendor ? adapters[vendor] : undefined;
if (!load || !operation) {
  console.error(`usage: record <${Object.keys(adapters).join('|')}> <operation> '<args JSON>' [--auth mode] [--title text]`);
  process.exit(2);
}
const adapter = (await load()).default;
const credentials: Record<string, string> = {};
for (const [name, variable] of Object.entries(adapter.env)) if (process.env[variable]) credentials[name] = process.env[variable]!;
const { baseURL = adapter.realBaseURL, ...secrets } = credentials;
if (!baseURL) {
  console.error(`set ${adapter.env.baseURL} (and the credentials: ${Object.values(adapter.env).join(', ')})`);
  process.exit(2);
}
const recorder = createRecorder({ credentials: secrets });
const auth = values.auth ?? adapter.defaultAuth;
const client = adapter.createClient({
  baseURL,
  auth,
  credentials: secrets,
  fetch: recorder.fetch,
  maxRetries: 0,
  retryDelay: 0,
  maxRetryDelay: 0,
});
const args = JSON.parse(argsJson) as unknown[];
const outcome = await callOperation(adapter, client, operation, revive(args) as unknown[]).then(
  () => 'ok',
  (e: Error) => e.name,
);
const fixture = recorder.toFixture({ operation, title: values.title ?? `${operation} (recorded, ${outcome})`, args, auth });
const status = fixture.exchanges?.at(-1)?.response.status ?? 0;
const file = join(import.meta.dirname, vendor!, `${operation.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.${status}.recorded.json`);
writeFileSync(file, `${JSON.stringify(fixture, null, 2)}\n`);
console.log(`${outcome}: wrote ${file}`);
