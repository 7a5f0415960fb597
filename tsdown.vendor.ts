import { defineConfig } from 'tsdown';

/** The build every vendor package shares: its public entry, its `./testing` mocks and their msw handlers, ESM + CJS + .d.ts. */
export default defineConfig({
  entry: { index: 'src/index.ts', testing: 'src/testing.ts', 'testing-msw': 'src/testing-msw.ts' },
  format: ['esm', 'cjs'],
  platform: 'neutral',
  // msw is the user's (an optional peer dependency).
  deps: { neverBundle: [/^msw($|\/)/] },
  dts: true,
  clean: true,
});
