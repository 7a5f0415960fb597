import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsdown';
import { esmOf, inlineInCjs, versionDefine } from '../../tsdown.vendor';

// ofetch's `exports` map sends Node (`node`, `require`) to dist/node.*, which imports the
// node-fetch-native polyfill: dead code on Node >= 20, which has fetch. Build against its universal
// entry (global fetch) and inline it, tree-shaken: neither a user's bundler nor
// `require('@acct/core')` ever reaches node-fetch-native, and ofetch is only a devDependency.
const ofetch = esmOf('ofetch');
// ofetch's `destr` and `ufo` serve its json parsing and its baseURL / query options, none of which
// core uses: small modules of ours stand in for them (src/internal/ofetch), 1.6 KB gzip less.
const own = (file: string) => fileURLToPath(new URL(`./src/internal/ofetch/${file}`, import.meta.url));
const standIns = { ufo: own('ufo.ts'), destr: own('destr.ts') };
// Any other package from node_modules in dist fails the build (node-fetch-native among them).
const inlined = ['ofetch'];
// The mock server loads node:http only when it starts (Node, Bun, Deno); msw is the user's (optional peer).
const neverBundle = [/^node:/, /^msw($|\/)/];

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    errors: 'src/errors.ts',
    testing: 'src/testing/index.ts',
    // The `browser` condition of ./testing: no node:http on its import graph.
    'testing-browser': 'src/testing/browser.ts',
    'testing-msw': 'src/testing/msw.ts',
  },
  format: {
    esm: { deps: { neverBundle, onlyBundle: inlined, skipNodeModulesBundle: false } },
    // CommonJS also inlines the few valibot functions core uses (see inlineInCjs).
    cjs: { plugins: [inlineInCjs('valibot')], deps: { neverBundle, onlyBundle: [...inlined, 'valibot'], skipNodeModulesBundle: false } },
  },
  platform: 'neutral',
  alias: { ofetch, ...standIns },
  define: versionDefine(),
  dts: true,
  sourcemap: false,
  clean: true,
});
