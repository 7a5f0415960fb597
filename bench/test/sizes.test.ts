import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, CJS_BUILD_TO_BROWSER, NODE_TO_BROWSER } from '../src/budgets';
import { measure, PACKAGES, PLATFORMS, type Platform, type SizeRow } from '../src/sizes';

describe.each(PACKAGES.map((p) => [p] as const))('%s bundled as users ship it (esbuild, minified, gzip)', (pkg) => {
  const rows = {} as Record<Platform, SizeRow>;
  beforeAll(async () => {
    for (const p of PLATFORMS) rows[p] = await measure(pkg, p);
  });

  it.each(PLATFORMS)('the %s bundle stays within its budget', (platform) => {
    expect(rows[platform].gzip, `${pkg} ${platform}: ${rows[platform].gzip} B gzip`).toBeLessThanOrEqual(BUDGETS[pkg]![platform]);
  });

  it.each(['node', 'cjs'] as const)('the %s bundle is at most 1.1× the browser bundle', (platform) => {
    expect(rows[platform].gzip).toBeLessThanOrEqual(rows.browser.gzip * NODE_TO_BROWSER);
  });

  it('the cjs bundle takes the ES builds (`module` condition); cjs-build takes the .cjs builds', () => {
    const ours = (p: Platform) => rows[p].inputs.filter((f) => /packages\/[^/]+\/dist\//.test(f));
    expect(ours('cjs').length).toBeGreaterThan(0);
    expect(ours('cjs').filter((f) => !f.endsWith('.js'))).toEqual([]);
    expect(ours('cjs-build').some((f) => f.endsWith('/dist/index.cjs'))).toBe(true);
    expect(ours('cjs-build').filter((f) => !f.endsWith('.cjs'))).toEqual([]);
  });

  it(`the cjs-build bundle is at most ${CJS_BUILD_TO_BROWSER}× the browser bundle (target 1.1× met by cjs, see budgets.ts)`, () => {
    expect(rows['cjs-build'].gzip).toBeLessThanOrEqual(rows.browser.gzip * CJS_BUILD_TO_BROWSER);
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
