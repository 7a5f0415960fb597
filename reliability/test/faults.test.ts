import { describe, expect, it } from 'vitest';
import { runMatrix } from '../src/faults';
import { scenarios } from '../src/scenarios';
import { loadVendors } from '../src/targets';

const vendors = await loadVendors();

describe.each(vendors.map((v) => [v.name, v] as const))('fault matrix: %s', (_name, vendor) => {
  it('covers every operation with a success fixture', () => {
    expect(vendor.targets.map((t) => t.operation).sort()).toEqual(Object.keys(vendor.adapter.endpoints).sort());
  });

  it('every scenario ends in the expected class, attempts and time bound', async () => {
    const results = await runMatrix(vendor.targets, scenarios, (t) => t.adapter.credentials);
    const failures = results.filter((r) => !r.passed).map((r) => `${r.operation} / ${r.scenario}: ${r.problems.join('; ')}`);
    console.log(`${vendor.name}: ${results.length - failures.length}/${results.length} scenario runs passed`);
    expect(failures).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(vendor.targets.length * 10);
  });
});
