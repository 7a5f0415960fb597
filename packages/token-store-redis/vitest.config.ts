import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    include: ['test/**/*.test.ts'],
    // A fresh machine has no redis-server: apt-get installs it once, before the tests.
    globalSetup: ['test/global-setup.ts'],
    hookTimeout: 900_000,
  },
});
