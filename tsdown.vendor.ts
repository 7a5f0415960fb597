import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type Rolldown } from 'tsdown';

/** `pkg`'s ESM build (the `import` entry beside its `require` one in `dist/`), resolved from the package being built. */
export function esmOf(pkg: string): string {
  return join(dirname(createRequire(join(process.cwd(), 'package.json')).resolve(pkg)), 'index.mjs');
}

/**
 * Bundles `pkg` (tree-shaken, from its ESM build) into a CommonJS output while its `.d.cts` keeps
 * importing the package's own types. A user's bundler cannot tree-shake CommonJS: left external,
 * `require('valibot')` puts all of valibot (82 KB minified) into every CJS bundle of ours.
 */
export function inlineInCjs(pkg: string): Rolldown.Plugin {
  const file = esmOf(pkg);
  return {
    name: `inline-${pkg}-in-cjs`,
    resolveId: {
      order: 'pre',
      handler: (id, importer) => (id === pkg && !/\.d\.[cm]?ts$/.test(importer ?? '') ? file : null),
    },
  };
}

/** `__ACCT_VERSION__` → the version of the package being built, for its `User-Agent`. */
export function versionDefine(): Record<string, string> {
  const { version } = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string };
  return { __ACCT_VERSION__: JSON.stringify(version) };
}

/** The build every vendor package shares: its public entry, its `./testing` mocks and their msw handlers, ESM + CJS + .d.ts. */
export default defineConfig({
  entry: { index: 'src/index.ts', testing: 'src/testing.ts', 'testing-msw': 'src/testing-msw.ts' },
  format: {
    // Nothing from node_modules in the ESM build: a bundle of it would fail (`onlyBundle`). msw is the user's (an optional peer).
    esm: { deps: { onlyBundle: [], neverBundle: [/^msw($|\/)/], skipNodeModulesBundle: false } },
    cjs: { plugins: [inlineInCjs('valibot')], deps: { onlyBundle: ['valibot'], neverBundle: [/^msw($|\/)/], skipNodeModulesBundle: false } },
  },
  platform: 'neutral',
  define: versionDefine(),
  dts: true,
  clean: true,
});
