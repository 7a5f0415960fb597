import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, NODE_TO_BROWSER } from '../src/budgets';
import { measure, PACKAGES, type SizeRow } from '../src/sizes';

const PLATFORMS = ['browser', 'node', 'cjs'] as const;

describe.each(PACKAGES.map((p) => [p] as const))('%s bundled as users ship it (esbuild, minified, gzip)', (pkg) => {
  const rows = {} as Record<(typeof PLATFORMS)[number], SizeRow>;
  beforeAll(async () => {
    for (const p of PLATFORMS) rows[p] = await measure(pkg, p);
  });

  it.each(PLATFORMS)('the %s bundle stays within its budget', (platform) => {
    expect(rows[platform].gzip, `${pkg} ${platform}: ${rows[platform].gzip} B gzip`).toBeLessThanOrEqual(BUDGETS[pkg]![platform]);
  });

  it.each(['node', 'cjs'] as const)('the %s bundle is at most 1.1× the browser bundle', (platform) => {
    expect(rows[platform].gzip).toBeLessThanOrEqual(rows.browser.gzip * NODE_TO_BROWSER);
  });

  it.each(PLATFORMS)('the %s bundle holds no fetch polyfill and no whole valibot', (platform) => {
    expect(rows[platform].inputs.filter((f) => /node-fetch-native|node_modules\/(ofetch|valibot)\/dist\/\w+\.cjs/.test(f))).toEqual([]);
  });
});
