import { describe, expect, it } from 'vitest';
import { fuzzOperation } from '../src/fuzz';
import { loadVendors } from '../src/targets';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);
const vendors = await loadVendors();
// A login's input comes from the client's options, not from a call: it is fuzzed through the calls that log in.
const callable = (v: (typeof vendors)[number]) => v.targets.filter((t) => t.endpoint.auth !== false);

describe.each(vendors.map((v) => [v.name, v] as const))('fuzzing: %s', (_name, vendor) => {
  it.each(callable(vendor).map((t) => [t.operation, t] as const))(
    `%s: ${RUNS} inputs, each rejected before sending or sent well formed`,
    async (_op, target) => {
      const result = await fuzzOperation(target, RUNS);
      expect(result.runs).toBe(RUNS);
      expect(result.escapes).toEqual([]);
      // Both paths are exercised: some inputs go out and, for operations that take input, some are refused.
      expect(result.sent).toBeGreaterThan(0);
      if (target.fixture.args.length > 0) expect(result.rejected).toBeGreaterThan(0);
    },
  );
});
