import { join } from 'node:path';
import { loadFixtures } from '@acct/harness';
import {
  freeFormRoundTrips,
  type RepeatResult,
  type ResponseResult,
  type RoundTripResult,
  repeatMatrix,
  responseVariants,
} from './properties';
import type { Vendor } from './targets';

/** What the data-contract properties found, per vendor. */
export interface PropertiesReport {
  responses: ResponseResult[];
  roundTrips: RoundTripResult[];
  repeats: RepeatResult[];
}

const contracts = join(import.meta.dirname, '../../contracts');

/** Runs the response variants, the free-form round trips (`runs` values per field) and the repeated-write matrix over every operation. */
export async function runProperties(vendors: Vendor[], runs: number): Promise<PropertiesReport> {
  const report: PropertiesReport = { responses: [], roundTrips: [], repeats: [] };
  for (const vendor of vendors) {
    const fixtures = loadFixtures(join(contracts, vendor.name));
    for (const target of vendor.targets) {
      report.responses.push(await responseVariants(target));
      report.roundTrips.push(...(await freeFormRoundTrips(target, runs)));
      const errors = fixtures
        .filter((f) => f.operation === target.operation)
        .flatMap((f) => f.exchanges.map((e) => e.response).filter((r) => r.status >= 400));
      report.repeats.push(...(await repeatMatrix(target, errors)));
    }
  }
  return report;
}

/** The properties as rows of the reliability table, one column per vendor, and the repeated-write matrix below it. */
export function propertiesTable(report: PropertiesReport, vendors: string[]): string {
  const of = <T extends { vendor: string }>(rows: T[], v: string) => rows.filter((r) => r.vendor === v);
  const row = (label: string, cell: (v: string) => string) => `| ${label} | ${vendors.map(cell).join(' | ')} |`;
  const lines = [
    `| data contracts (property-based) | ${vendors.join(' | ')} |`,
    `|---|${vendors.map(() => '---').join('|')}|`,
    row('response variants tried', (v) => String(of(report.responses, v).reduce((n, r) => n + r.tried, 0))),
    row('wrongly refused', (v) => String(of(report.responses, v).reduce((n, r) => n + r.wronglyRefused.length, 0))),
    row('wrongly accepted', (v) => String(of(report.responses, v).reduce((n, r) => n + r.wronglyAccepted.length, 0))),
    row('free-form round trips (equal / tried)', (v) => {
      const r = of(report.roundTrips, v);
      return r.length
        ? `${r.reduce((n, x) => n + x.equal, 0)} / ${r.reduce((n, x) => n + x.tried, 0)} (${r.map((x) => `${x.operation}.${x.field}`).join(', ')})`
        : 'no free-form fields';
    }),
  ];
  const matrix = [
    '| repeated write | operation | requests | outcome | as required |',
    '|---|---|---|---|---|',
    ...report.repeats.map(
      (r) => `| ${r.vendor}: ${r.scenario} | ${r.operation} | ${r.requests} | ${r.outcome} | ${r.passed ? 'yes' : '**no**'} |`,
    ),
  ];
  return `${lines.join('\n')}\n\n${matrix.join('\n')}`;
}

/** The failures among the properties, one line each. */
export function propertiesFailures(report: PropertiesReport): string[] {
  return [
    ...report.responses.flatMap((r) =>
      [...r.wronglyRefused, ...r.wronglyAccepted.map((a) => `accepted ${a}`)].map((p) => `properties ${r.vendor} ${r.operation}: ${p}`),
    ),
    ...report.roundTrips.flatMap((r) => r.failures.map((f) => `round trip ${r.vendor} ${r.operation}.${r.field}: ${f}`)),
    ...report.repeats
      .filter((r) => !r.passed)
      .map((r) => `repeat ${r.vendor} ${r.operation} (${r.scenario}): ${r.requests} requests, ${r.outcome}`),
  ];
}
