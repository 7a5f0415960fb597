import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The figures the token store's fleet test measured (packages/token-store-redis/test/fleet.test.ts). */
export interface FleetFigures {
  processes: number;
  cold: { logins: number; calls: number; failures: number };
  corruptValue: { logins: number; calls: number; failures: number };
  redisKilled: { logins: number; calls: number; failures: number };
  storeWarnings: number;
  redisClientErrors: number;
}

const pkg = join(import.meta.dirname, '../../packages/token-store-redis');

/** Runs the fleet test against a real redis-server (the test starts it) and returns its figures, or why it could not. */
export function runFleet(): Promise<FleetFigures | { error: string }> {
  const file = join(mkdtempSync(join(tmpdir(), 'acct-fleet-')), 'figures.json');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(pkg, '../../node_modules/vitest/vitest.mjs'), 'run', 'test/fleet.test.ts'],
      { cwd: pkg, timeout: 300_000, env: { ...process.env, FLEET_FIGURES_FILE: file } },
      (error, _stdout, stderr) => {
        try {
          resolve(JSON.parse(readFileSync(file, 'utf8')) as FleetFigures);
        } catch {
          resolve({ error: (error?.message ?? stderr).slice(0, 300) });
        }
      },
    );
  });
}

/** The fleet figures as a small table. */
export function fleetTable(f: FleetFigures | { error: string }): string {
  if ('error' in f) return `Fleet test (token store on Redis): could not run — ${f.error}`;
  return [
    `Fleet test (\`@acct/token-store-redis\`, a real redis-server): ${f.processes} processes (worker threads, each with its own Redis connection, client and token cache) starting together against one loopback vendor.`,
    '',
    '| phase | logins | calls | failures |',
    '|---|---|---|---|',
    `| cold start, all at once | ${f.cold.logins} | ${f.cold.calls} | ${f.cold.failures} |`,
    `| a corrupt value in the store | ${f.corruptValue.logins} | ${f.corruptValue.calls} | ${f.corruptValue.failures} |`,
    `| Redis killed mid-run (and every token revoked) | ${f.redisKilled.logins} | ${f.redisKilled.calls} | ${f.redisKilled.failures} |`,
    '',
    `Store warnings logged (redacted): ${f.storeWarnings}; Redis client errors: ${f.redisClientErrors}. No password or token in any Redis key, store error or warning (the test's canary check).`,
  ].join('\n');
}
