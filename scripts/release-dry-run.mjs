#!/usr/bin/env node
// `npm run release:dry-run`: `changeset version` on temporary copies of the repository, never on
// this one. Shows (1) what the pending changesets would release, and (2) two single-package
// changesets, proving versions are independent and internal dependents get a patch bump.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const changeset = join(root, 'node_modules/@changesets/cli/bin.js');
const packages = readdirSync(join(root, 'packages'));
const versions = (dir) =>
  Object.fromEntries(
    packages.map((p) => [`@acct/${p}`, JSON.parse(readFileSync(join(dir, 'packages', p, 'package.json'), 'utf8')).version]),
  );

function dryRun(title, prepare) {
  const copy = mkdtempSync(join(tmpdir(), 'acct-release-'));
  try {
    cpSync(root, copy, { recursive: true, filter: (src) => !/\/(node_modules|dist|\.turbo)(\/|$)/.test(src) });
    prepare?.(copy);
    const before = versions(copy);
    execFileSync(process.execPath, [changeset, 'version'], { cwd: copy, stdio: 'ignore' });
    const after = versions(copy);
    const bumped = Object.keys(after).filter((p) => after[p] !== before[p]);
    console.log(`\n${title}`);
    for (const p of Object.keys(after))
      console.log(`  ${p.padEnd(20)} ${before[p]} → ${after[p]}${after[p] === before[p] ? '  (unchanged)' : ''}`);
    return bumped;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

const only = (pkg, bump) => (copy) => {
  for (const f of readdirSync(join(copy, '.changeset'))) if (f.endsWith('.md') && f !== 'README.md') rmSync(join(copy, '.changeset', f));
  writeFileSync(join(copy, '.changeset/dry-run.md'), `---\n"${pkg}": ${bump}\n---\n\nDry run.\n`);
};

dryRun('Pending changesets:');
const mention = dryRun('A minor changeset for @acct/mention only:', only('@acct/mention', 'minor'));
const core = dryRun('A patch changeset for @acct/core only (every vendor package depends on it):', only('@acct/core', 'patch'));
const ok = mention.join() === '@acct/mention' && core.length === packages.length;
console.log(
  `\n${ok ? 'OK' : 'UNEXPECTED'}: mention alone bumped ${mention.length} package(s); a core patch bumped ${core.length} (core and its ${core.length - 1} dependents).`,
);
process.exit(ok ? 0 : 1);
