import { describe, expect, it } from 'vitest';
import { HOSTILE, injectPaths } from '../src/injection';
import { loadVendors } from '../src/targets';

const vendors = await loadVendors();
const withParams = vendors.flatMap((v) => v.targets.filter((t) => t.endpoint.path.includes('{')));

describe('path injection', () => {
  it.each(withParams.map((t) => [`${t.vendor} ${t.operation}`, t] as const))(
    '%s: every hostile value is refused or stays in its segment',
    async (_name, target) => {
      const cases = await injectPaths(target);
      expect(cases.length).toBeGreaterThanOrEqual(HOSTILE.length);
      expect(cases.filter((c) => c.outcome === 'FAILED')).toEqual([]);
      expect(cases.find((c) => c.value === '..')?.outcome).toBe('rejected');
      expect(cases.find((c) => c.value === 'a/b')?.outcome).toBe('encoded');
    },
  );

  it('has at least one vendor operation with a path parameter, or none have landed yet', () => {
    const landed = vendors.map((v) => v.name);
    if (landed.some((v) => v !== 'thirdwatch')) expect(withParams.length).toBeGreaterThan(0);
    else expect(withParams).toEqual([]); // Thirdwatch's events have no path parameters.
  });
});
