import { describe, expect, it } from 'vitest';
import { loadRun } from '../src/load';
import { loadVendors } from '../src/targets';

const vendors = await loadVendors();

describe.each(vendors.map((v) => [v.name, v] as const))('load (small, in npm test): %s', (_name, vendor) => {
  it('1 000 calls at concurrency 64: no failures, no open sockets after close', async () => {
    const r = await loadRun(vendor, 1_000, 64);
    console.log(
      `${vendor.name} ${r.operation}: ${r.calls} calls, ${r.failures} failures, p50 ${r.p50} ms, p99 ${r.p99} ms, heap ${r.heapBeforeMB}→${r.heapAfterMB} MB`,
    );
    expect(r.failures).toBe(0);
    expect(r.openHandlesAfterClose).toBe(0);
  });
});
