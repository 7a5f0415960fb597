import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/errors.ts'],
  format: ['esm', 'cjs'],
  platform: 'neutral',
  dts: true,
  sourcemap: false,
  clean: true,
});
