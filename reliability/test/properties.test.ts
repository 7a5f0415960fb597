import { join } from 'node:path';
import { loadFixtures } from '@acct/harness';
import { describe, expect, it } from 'vitest';
import { freeFormRoundTrips, repeatMatrix, responseVariants, variantsOf } from '../src/properties';
import { loadVendors } from '../src/targets';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 50);
const vendors = await loadVendors();
const contracts = join(import.meta.dirname, '../../contracts');

describe('variant generation', () => {
  it('nulls and removes each non-identity field, adds unknown fields and values, and breaks identity types', () => {
    const variants = variantsOf({ id: 'u1', email: 'a@b.c', prefs: { lang: 'en' }, list: [{ id: 2, kind: 'X' }] });
    const names = variants.map((v) => v.name);
    expect(names).toContain('email = null');
    expect(names).toContain('prefs.lang removed');
    expect(names).toContain('unknown field at list.0');
    expect(names).toContain('list.0.kind = a new value');
    expect(names).toContain('id wrong type');
    expect(names).toContain('list.0.id wrong type');
    expect(names).not.toContain('id = null');
    expect(variants.find((v) => v.name === 'every non-identity field null')?.body).toEqual({
      id: 'u1',
      email: null,
      prefs: null,
      list: null,
    });
  });
});

describe.each(vendors.map((v) => [v.name, v] as const))('data contracts: %s', (_name, vendor) => {
  it.each(vendor.targets.map((t) => [t.operation, t] as const))(
    '%s: every response variant resolves with unknown data kept; wrong-typed ids are refused',
    async (_op, target) => {
      const result = await responseVariants(target);
      expect(result.wronglyRefused).toEqual([]);
      expect(result.wronglyAccepted).toEqual([]);
    },
  );

  it.each(vendor.targets.map((t) => [t.operation, t] as const))(
    `%s: ${RUNS} free-form JSON values reach the wire as given`,
    async (_op, target) => {
      for (const r of await freeFormRoundTrips(target, RUNS)) {
        expect(r.failures).toEqual([]);
        expect(r.equal).toBe(r.tried);
      }
    },
  );

  it('repeated writes: a delete with a lost response succeeds; a non-repeatable write is sent once after a timeout', async () => {
    const fixtures = loadFixtures(join(contracts, vendor.name));
    for (const target of vendor.targets) {
      const errors = fixtures
        .filter((f) => f.operation === target.operation)
        .flatMap((f) => f.exchanges.map((e) => e.response).filter((r) => r.status >= 400));
      for (const row of await repeatMatrix(target, errors))
        expect(row, `${row.operation}: ${row.scenario}`).toMatchObject({ passed: true });
    }
  });
});
