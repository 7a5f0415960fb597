import { defineConfig } from 'tsdown';

/** The build every vendor package shares: its public entry and its `./testing` mocks, ESM + CJS + .d.ts. */
export default defineConfig({
  entry: { index: 'src/index.ts', testing: 'src/testing.ts' },
  format: ['esm', 'cjs'],
  platform: 'neutral',
  dts: true,
  clean: true,
});
