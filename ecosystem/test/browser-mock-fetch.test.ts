import { beforeAll, describe, expect, it } from 'vitest';
import { browserBundle } from '../src/bundle';
import { ensureChromium, inChromium } from '../src/runtimes';

const VENDORS = ['thirdwatch', 'mention', 'glowmarkt', 'iam', 'thoughtspot'];

beforeAll(() => ensureChromium(), 600_000);

describe('createMockFetch in a browser: @acct/<vendor>/testing bundled with platform=browser', () => {
  it.each(VENDORS)('@acct/%s/testing bundles with no node: module on its import graph', async (vendor) => {
    const { text, nodeImports } = await browserBundle({ contents: `export * from '@acct/${vendor}/testing';` }, 'esm');
    expect(nodeImports).toEqual([]);
    expect(text).toContain('createMockFetch');
  });

  it('headless Chromium runs one call per vendor (and a chosen scenario) through createMockFetch', async () => {
    const { text, nodeImports } = await browserBundle({ entry: './mock-fetch-smoke.mjs' }, 'esm');
    expect(nodeImports).toEqual([]);
    const results = await inChromium(text, 'mockFetchSmoke');
    console.log(`headless Chromium, createMockFetch: ${results.filter(([, ok]) => ok).length}/${results.length} checks passed`);
    expect(results.filter(([, ok]) => !ok)).toEqual([]);
    expect(results).toHaveLength(5);
  });
});
