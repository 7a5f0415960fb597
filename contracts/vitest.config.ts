import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    include: ['*/contract.test.ts'],
    exclude: ['harness/**', 'node_modules/**'],
  },
});
