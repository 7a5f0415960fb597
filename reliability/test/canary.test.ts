import { describe, expect, it } from 'vitest';
import { canaryCheck } from '../src/canary';
import { scenarios } from '../src/scenarios';
import { loadVendors } from '../src/targets';

const vendors = await loadVendors();

describe.each(vendors.map((v) => [v.name, v] as const))('canary secrets: %s', (_name, vendor) => {
  it('no credential appears in any error rendering, debug log line or recorded fixture', async () => {
    const result = await canaryCheck(vendor, scenarios);
    console.log(
      `${vendor.name}: ${result.errors} errors, ${result.logLines} log lines, ${result.fixtures} fixtures scanned; ${result.hits.length} canary hits`,
    );
    expect(result.hits).toEqual([]);
    expect(result.errors).toBeGreaterThan(vendor.targets.length * 5);
    expect(result.logLines).toBeGreaterThan(0);
  });
});
