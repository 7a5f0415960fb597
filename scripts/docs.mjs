#!/usr/bin/env node
// `npm run docs`: TypeDoc API reference of every package's public entries, into docs/api/<package>/.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const typedoc = join(root, 'node_modules/typedoc/bin/typedoc');
for (const name of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', name);
  const entries = ['src/index.ts', 'src/errors.ts', 'src/testing.ts', 'src/testing/index.ts'].filter((e) => existsSync(join(dir, e)));
  const out = join(root, 'docs/api', name);
  execFileSync(
    process.execPath,
    [
      typedoc,
      ...entries.flatMap((e) => ['--entryPoints', e]),
      '--tsconfig',
      'tsconfig.json',
      '--out',
      out,
      '--name',
      `@acct/${name}`,
      '--readme',
      'README.md',
      '--excludePrivate',
      '--disableSources',
      '--logLevel',
      'Error',
    ],
    { cwd: dir, stdio: 'inherit' },
  );
  console.log(`docs/api/${name}/index.html`);
}
