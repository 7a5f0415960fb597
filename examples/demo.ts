/**
 * `npm run demo`: serves every vendor's contract fixtures on 127.0.0.1 and runs each quickstart in
 * examples/ against them, then prints one table. A quickstart also runs against the real vendor
 * when all of its environment variables (listed in contracts/<vendor>/adapter.ts) are set.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { adapters } from '@acct/contracts/adapters';
import { type Adapter, loadFixtures, type ReplaySource, startReplay } from '@acct/harness';

const execFileAsync = promisify(execFile);
const contracts = join(import.meta.dirname, '../contracts');
const loaded: [string, Adapter<unknown>][] = [];
for (const [vendor, load] of Object.entries(adapters)) loaded.push([vendor, (await load()).default]);

const sources: ReplaySource[] = loaded.map(([vendor, adapter]) => ({
  prefix: `/${vendor}`,
  exchanges: loadFixtures(join(contracts, vendor)).flatMap((f) => f.exchanges),
  credentials: adapter.credentials,
}));
const server = await startReplay(sources, 'route');
console.log(
  `mock server: ${server.url} (${sources.reduce((n, s) => n + s.exchanges.length, 0)} fixture exchanges, ${loaded.length} vendors)\n`,
);

const rows: { vendor: string; target: string; line: string }[] = [];
let failures = 0;
for (const [vendor, adapter] of loaded) {
  const script = join(import.meta.dirname, `${vendor}.ts`);
  if (!existsSync(script)) continue;
  const mockEnv: Record<string, string> = {};
  for (const [name, variable] of Object.entries(adapter.env)) {
    const value = name === 'baseURL' ? `${server.url}/${vendor}${adapter.basePath}` : adapter.credentials[name];
    if (value !== undefined) mockEnv[variable] = value;
  }
  const targets: [string, NodeJS.ProcessEnv][] = [['mock', { ...process.env, ...mockEnv }]];
  const real = Object.entries(adapter.env).filter(([name]) => name !== 'baseURL' || !adapter.realBaseURL);
  if (real.length && real.every(([, variable]) => process.env[variable])) targets.push(['real', process.env]);
  for (const [target, env] of targets) {
    // Asynchronous: the mock server answers from this process's event loop.
    const run = await execFileAsync(process.execPath, ['--import', 'tsx', script], { env, timeout: 60_000 }).then(
      (r) => ({ ...r, code: 0 }),
      (e: { stdout?: string; stderr?: string; code?: number }) => ({ stdout: e.stdout ?? '', stderr: e.stderr ?? '', code: e.code ?? 1 }),
    );
    const lines = run.stdout.split('\n').filter((l) => /^[✓✗] /.test(l));
    for (const line of lines) rows.push({ vendor, target, line });
    if ((run.code !== 0 && lines.every((l) => l.startsWith('✓'))) || lines.length === 0) {
      failures++;
      rows.push({ vendor, target, line: `✗ quickstart exited ${run.code}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}` });
    }
  }
}
await server.close();

const width = Math.max(6, ...rows.map((r) => r.vendor.length));
console.log(`${'vendor'.padEnd(width)}  target  call → result`);
for (const r of rows)
  console.log(`${r.vendor.padEnd(width)}  ${r.target.padEnd(6)}  ${r.line.length > 150 ? `${r.line.slice(0, 150)}…` : r.line}`);
const failed = rows.filter((r) => r.line.startsWith('✗')).length;
console.log(`\n${rows.length - failed} calls as expected, ${failed} failed; ${server.problems.length} requests matched no fixture`);
for (const p of server.problems) console.log(`  unmatched: ${p}`);
if (rows.length === 0) console.log('no quickstarts yet: examples/<vendor>.ts appear as vendor packages land');
process.exit(failed || failures || server.problems.length ? 1 : 0);
