import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { index: 'src/index.ts', errors: 'src/errors.ts', testing: 'src/testing/index.ts' },
  format: ['esm', 'cjs'],
  platform: 'neutral',
  // The mock server loads node:http only when it starts (Node, Bun, Deno).
  deps: { neverBundle: [/^node:/] },
  dts: true,
  sourcemap: false,
  clean: true,
});
