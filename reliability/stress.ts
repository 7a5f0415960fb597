/**
 * `npm run stress`: 10 000 calls at concurrency 256 per vendor package against loopback; prints
 * calls, failures, p50/p99 latency, open handles after close and heap before/after.
 *   --calls N --concurrency C
 */
import { parseArgs } from 'node:util';
import { loadRun } from './src/load';
import { loadVendors } from './src/targets';

const { values } = parseArgs({ options: { calls: { type: 'string', default: '10000' }, concurrency: { type: 'string', default: '256' } } });
let failed = false;
for (const vendor of await loadVendors()) {
  const r = await loadRun(vendor, Number(values.calls), Number(values.concurrency));
  failed ||= r.failures > 0 || r.openHandlesAfterClose > 0;
  console.log(
    `${r.vendor.padEnd(12)} ${r.operation.padEnd(28)} ${r.calls} calls @ ${r.concurrency} in ${r.seconds} s: ${r.failures} failures, p50 ${r.p50} ms, p99 ${r.p99} ms, open handles after close ${r.openHandlesAfterClose}, heap ${r.heapBeforeMB} → ${r.heapAfterMB} MB`,
  );
}
process.exit(failed ? 1 : 0);
