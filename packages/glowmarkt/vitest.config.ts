import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    // Loopback tests take milliseconds; the margin is for a loaded 2-core CI machine, not for slow code.
    testTimeout: 20_000,
    include: ['test/**/*.test.ts'],
  },
});
