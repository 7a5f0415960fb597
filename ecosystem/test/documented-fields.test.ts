import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentedFields } from '../src/documented-fields';

const root = new URL('../..', import.meta.url).pathname;
const PACKAGES = ['core', 'thirdwatch', 'mention', 'glowmarkt', 'iam', 'thoughtspot', 'token-store-redis'];

describe('every field of every public type carries a JSDoc line in the emitted .d.ts', () => {
  it.each(PACKAGES)('@acct/%s', (pkg) => {
    const { total, undocumented } = documentedFields(join(root, 'packages', pkg, 'dist/index.d.ts'));
    console.log(`@acct/${pkg}: ${total - undocumented.length}/${total} fields documented`);
    expect(total).toBeGreaterThan(0);
    expect(undocumented).toEqual([]);
  });
});
