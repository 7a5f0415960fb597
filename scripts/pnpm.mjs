#!/usr/bin/env node
// Runs the pinned pnpm (from package.json's packageManager) without a global install, so the
// two README commands need nothing but Node and npm. Corepack is not used: it fails here.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { packageManager } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const args = ['-y', packageManager, ...process.argv.slice(2)];
const result = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', args, {
  stdio: 'inherit',
  env: { TURBO_TELEMETRY_DISABLED: '1', ...process.env },
});
process.exit(result.status ?? 1);
