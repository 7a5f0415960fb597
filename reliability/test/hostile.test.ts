import { describe, expect, it } from 'vitest';
import { hostileCases, runHostileMatrix } from '../src/hostile';
import { runHostileChild } from '../src/hostile-run';
import { loadVendors } from '../src/targets';

const vendors = await loadVendors();
const MiB = 2 ** 20;

describe.each(vendors.map((v) => [v.name, v] as const))('hostile matrix: %s', (_name, vendor) => {
  it('redirects × 5 statuses × cross/same origin and out-of-range Retry-After end as they must', async () => {
    const results = await runHostileMatrix(vendor.targets);
    const failures = results.filter((r) => !r.passed).map((r) => `${r.operation} / ${r.case}: ${r.problems.join('; ')}`);
    expect(failures).toEqual([]);
    expect(results.length).toBe(vendor.targets.length * hostileCases.length);
    expect(results.reduce((n, r) => n + r.foreignCredentials, 0)).toBe(0);
    expect(results.reduce((n, r) => n + r.successAfterMethodChange, 0)).toBe(0);
  });
});

describe('hostile bodies, in a child process', () => {
  // 64 MiB bodies against a 1 MiB limit: buffering one whole would grow RSS by ≥ 128 MB (bytes + string).
  it('refuses huge declared / streamed / gzip bodies and builds bounded errors from pathological ones, without crashing', {
    timeout: 180_000,
  }, async () => {
    const outcome = await runHostileChild({ size: 64 * MiB, limit: MiB }, 170_000);
    if (outcome.crashed) throw new Error(`the child crashed: ${outcome.detail}`);
    expect(outcome.problems).toEqual([]);
    expect(outcome.hugeCases).toBe(vendors.reduce((n, v) => n + v.targets.length, 0) * 3);
    expect(outcome.rssGrowthMB).toBeLessThan(64);
    // A regression to the quadratic summariser blocks 15–40 s per body; this bound catches it on any machine.
    expect(outcome.longestBlock.cpuMs).toBeLessThan(2_000);
  });
});
