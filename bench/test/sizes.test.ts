import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, CJS_TO_BROWSER, NODE_TO_BROWSER } from '../src/budgets';
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

  it('the node bundle is at most 1.1× the browser bundle', () => {
    expect(rows.node.gzip).toBeLessThanOrEqual(rows.browser.gzip * NODE_TO_BROWSER);
  });

  it('the cjs bundle is at most 1.2× the browser bundle (target 1.1×, see budgets.ts)', () => {
    expect(rows.cjs.gzip).toBeLessThanOrEqual(rows.browser.gzip * CJS_TO_BROWSER);
  });

  it.each(PLATFORMS)('the %s bundle holds no fetch polyfill, no whole valibot, and no ufo or destr', (platform) => {
    // ufo and destr serve ofetch options core never sets; core's build puts small stand-ins in their place.
    expect(
      rows[platform].inputs.filter((f) =>
        /node-fetch-native|node_modules\/(ofetch|valibot)\/dist\/\w+\.cjs|node_modules\/(ufo|destr)\//.test(f),
      ),
    ).toEqual([]);
  });
});
