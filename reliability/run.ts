/**
 * `npm run reliability`: the whole suite at full size, one table, written to RESULTS.md.
 *   --runs N        fuzz inputs per operation (default 1 000; `npm run fuzz` uses 10 000)
 *   --calls N --concurrency C   load size (default 10 000 @ 256)
 *   --no-write      print only
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { canaryCheck } from './src/canary';
import { runMatrix } from './src/faults';
import { fleetTable, runFleet } from './src/fleet';
import { fuzzOperation } from './src/fuzz';
import { runHostileMatrix } from './src/hostile';
import { hostileTable } from './src/hostile-report';
import { runHostileChild } from './src/hostile-run';
import { injectPaths } from './src/injection';
import { type InputCase, inputMatrix } from './src/input-matrix';
import { loadRun } from './src/load';
import { propertiesFailures, propertiesTable, runProperties } from './src/properties-report';
import { machine, type Report, table } from './src/report';
import { scenarios } from './src/scenarios';
import { loadVendors } from './src/targets';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    calls: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '256' },
    'no-write': { type: 'boolean' },
  },
});
const vendors = await loadVendors();
const targets = vendors.flatMap((v) => v.targets);
const started = Date.now();
const report: Report = { faults: [], fuzz: [], canary: [], injection: [], load: [], hostile: [] };

report.faults = await runMatrix(targets, scenarios, (t) => t.adapter.credentials);
for (const t of targets.filter((t) => t.endpoint.auth !== false)) report.fuzz.push(await fuzzOperation(t, Number(values.runs)));
for (const v of vendors) report.canary.push(await canaryCheck(v, scenarios));
for (const t of targets) report.injection.push(...(await injectPaths(t)));
for (const v of vendors) report.load.push(await loadRun(v, Number(values.calls), Number(values.concurrency)));
report.hostile = await runHostileMatrix(targets);
// 1 GiB hostile bodies against the default 16 MiB limit, in a child process: a crash fails the run, not kills it.
const child = await runHostileChild({ size: 2 ** 30, limit: 16 * 2 ** 20 }, 600_000);
const inputs: InputCase[] = [];
for (const v of vendors) inputs.push(...(await inputMatrix(v)));
const properties = await runProperties(vendors, 200);
const fleet = await runFleet();

const names = vendors.map((v) => v.name);
const inputRow = `| bad input cases refused before sending (options / credentials / call headers / login tokens) | ${names
  .map((v) => {
    const of = (k: InputCase['kind']) => inputs.filter((c) => c.vendor === v && c.kind === k);
    const cell = (k: InputCase['kind']) => `${of(k).filter((c) => c.passed).length}/${of(k).length}`;
    return `${cell('option')} / ${cell('credential')} / ${cell('call header')} / ${cell('login token')}`;
  })
  .join(' | ')} |`;
const out = `${table(report, names)}\n${inputRow}\n\n${hostileTable(child)}\n\n${propertiesTable(properties, names)}\n\n${fleetTable(fleet)}`;
const failed = [
  ...report.faults.filter((r) => !r.passed).map((r) => `fault ${r.vendor} ${r.operation} / ${r.scenario}: ${r.problems.join('; ')}`),
  ...report.fuzz.flatMap((f) => f.escapes.slice(0, 3).map((e) => `fuzz ${f.vendor} ${f.operation}: ${e}`)),
  ...report.canary.flatMap((c) => c.hits.map((h) => `canary ${c.vendor}: ${h}`)),
  ...report.injection
    .filter((i) => i.outcome === 'FAILED')
    .map((i) => `injection ${i.vendor} ${i.operation} ${JSON.stringify(i.value)}: ${i.detail}`),
  ...report.load
    .filter((l) => l.failures || l.openHandlesAfterClose)
    .map((l) => `load ${l.vendor}: ${l.failures} failures, ${l.openHandlesAfterClose} open handles`),
  ...report.hostile.filter((r) => !r.passed).map((r) => `hostile ${r.vendor} ${r.operation} / ${r.case}: ${r.problems.join('; ')}`),
  ...(child.crashed ? [`hostile child crashed: ${child.detail}`] : child.problems.map((p) => `hostile body ${p}`)),
  ...propertiesFailures(properties),
  ...inputs.filter((c) => !c.passed).map((c) => `input ${c.vendor} ${c.kind} ${c.name}: ${c.detail}`),
  ...('error' in fleet ? [`fleet: ${fleet.error}`] : []),
];
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`${out}\n\n${failed.length ? `FAILURES:\n${failed.join('\n')}` : 'All checks passed.'} (${seconds} s)`);
if (!values['no-write']) {
  const md = `# Reliability results\n\nLatest \`npm run reliability\` (fuzz ${values.runs} inputs per operation, load ${values.calls} calls @ ${values.concurrency}), ${new Date().toISOString().slice(0, 10)}, ${seconds} s.\n\nMachine: ${machine()}\n\n${out}\n\nScenarios: ${scenarios.map((s) => s.name).join('; ')}.\n\n${failed.length ? `Failures:\n\n${failed.map((f) => `- ${f}`).join('\n')}\n` : 'No failures.\n'}`;
  writeFileSync(join(import.meta.dirname, 'RESULTS.md'), md);
}
process.exit(failed.length ? 1 : 0);
