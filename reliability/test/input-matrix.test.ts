import { describe, expect, it } from 'vitest';
import { inputMatrix } from '../src/input-matrix';
import { loadVendors } from '../src/targets';

const vendors = await loadVendors();

describe.each(vendors.map((v) => [v.name, v] as const))('input matrix: %s', (_name, vendor) => {
  it('out-of-range options, unsendable credentials and headers, and a bad login token are typed errors with nothing sent', async () => {
    const cases = await inputMatrix(vendor);
    expect(cases.filter((c) => !c.passed).map((c) => `${c.kind} ${c.name}: ${c.detail}`)).toEqual([]);
    expect(cases.filter((c) => c.kind === 'option').length).toBe(8);
    expect(cases.filter((c) => c.kind === 'call header').length).toBe(3);
    // Every vendor sends a credential in a header (API key, bearer token, Basic or Glowmarkt's token).
    expect(cases.filter((c) => c.kind === 'credential').length).toBeGreaterThan(0);
    // The vendors whose clients log in (a password or secret key for a token) also get a login returning a bad token.
    if (['glowmarkt', 'thoughtspot'].includes(vendor.name)) expect(cases.filter((c) => c.kind === 'login token').length).toBe(3);
  });
});
