import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    errors: 'src/errors.ts',
    testing: 'src/testing/index.ts',
    // The `browser` condition of ./testing: no node:http on its import graph.
    'testing-browser': 'src/testing/browser.ts',
    'testing-msw': 'src/testing/msw.ts',
  },
  format: ['esm', 'cjs'],
  platform: 'neutral',
  // The mock server loads node:http only when it starts (Node, Bun, Deno); msw is the user's (optional peer).
  deps: { neverBundle: [/^node:/, /^msw($|\/)/] },
  dts: true,
  sourcemap: false,
  clean: true,
});
