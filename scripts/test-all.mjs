#!/usr/bin/env node
// Builds, typechecks, lints, checks the packages (publint, arethetypeswrong) and tests every workspace package through turbo, then prints one
// plain summary line from each package's vitest JSON report: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// Workspace folders: every package.json one or two levels down (packages/*, contracts/harness…).
const dirs = [];
const walk = (dir, depth) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const sub = join(dir, entry.name);
    if (existsSync(join(sub, 'package.json'))) dirs.push(sub);
    if (depth < 2) walk(sub, depth + 1);
  }
};
walk(root, 1);
for (const dir of dirs) rmSync(join(dir, 'test-results.json'), { force: true });

const turbo = spawnSync('turbo', ['run', 'build', 'typecheck', 'lint', 'check:package', 'test', '--continue', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { TURBO_TELEMETRY_DISABLED: '1', ...process.env },
});

let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
for (const dir of dirs) {
  const file = join(dir, 'test-results.json');
  if (!existsSync(file)) continue;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  rows.push(
    `  ${dir.slice(root.length).padEnd(22)} ${String(r.numPassedTests).padStart(5)} passed ${String(r.numFailedTests).padStart(4)} failed`,
  );
}
console.log(`\nTests by package:\n${rows.join('\n')}`);
if (turbo.status !== 0) console.log(`\nturbo exited with ${turbo.status}: a build, typecheck, lint or test task failed (see above).`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(turbo.status !== 0 || failed > 0 || passed === 0 ? 1 : 0);
