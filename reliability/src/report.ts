import { cpus, platform, release, totalmem } from 'node:os';
import type { CanaryResult } from './canary';
import type { ScenarioResult } from './faults';
import type { FuzzResult } from './fuzz';
import type { HostileResult } from './hostile';
import type { InjectionCase } from './injection';
import type { LoadResult } from './load';

/** Everything one `npm run reliability` measured. */
export interface Report {
  faults: ScenarioResult[];
  fuzz: FuzzResult[];
  canary: CanaryResult[];
  injection: InjectionCase[];
  load: LoadResult[];
  hostile: HostileResult[];
}

/** The machine the figures come from. */
export function machine(): string {
  const cpu = cpus();
  return `${platform()} ${release()}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** One markdown table: rows are checks, columns are vendors. */
export function table(report: Report, vendors: string[]): string {
  const by = <T extends { vendor: string }>(rows: T[], v: string) => rows.filter((r) => r.vendor === v);
  const row = (label: string, cell: (v: string) => string) => `| ${label} | ${vendors.map(cell).join(' | ')} |`;
  const load = (v: string) => by(report.load, v)[0];
  return [
    `| check | ${vendors.join(' | ')} |`,
    `|---|${vendors.map(() => '---').join('|')}|`,
    row('fault scenarios passed', (v) => `${by(report.faults, v).filter((r) => r.passed).length}/${by(report.faults, v).length}`),
    row('fuzz inputs tried (rejected / sent)', (v) => {
      const f = by(report.fuzz, v);
      return `${sum(f, 'runs')} (${sum(f, 'rejected')} / ${sum(f, 'sent')})`;
    }),
    row('untyped escapes', (v) => String(by(report.fuzz, v).reduce((n, f) => n + f.escapes.length, 0))),
    row('canary hits (errors / log lines / fixtures scanned)', (v) => {
      const c = by(report.canary, v)[0];
      return c ? `${c.hits.length} (${c.errors} / ${c.logLines} / ${c.fixtures})` : '–';
    }),
    row('path injection cases (rejected / encoded / failed)', (v) => {
      const i = by(report.injection, v);
      return i.length ? `${i.length} (${count(i, 'rejected')} / ${count(i, 'encoded')} / ${count(i, 'FAILED')})` : 'no path params';
    }),
    row('load: calls @ concurrency, failures', (v) =>
      load(v) ? `${load(v)!.calls} @ ${load(v)!.concurrency}, ${load(v)!.failures}` : '–',
    ),
    row('load: p50 / p99 ms', (v) => (load(v) ? `${load(v)!.p50} / ${load(v)!.p99}` : '–')),
    row('load: open handles after close', (v) => (load(v) ? String(load(v)!.openHandlesAfterClose) : '–')),
    row('load: heap before → after (MB)', (v) => (load(v) ? `${load(v)!.heapBeforeMB} → ${load(v)!.heapAfterMB}` : '–')),
    row(
      'hostile cases passed (redirects, Retry-After)',
      (v) => `${by(report.hostile, v).filter((r) => r.passed).length}/${by(report.hostile, v).length}`,
    ),
    row('credentials seen by a foreign origin', (v) => String(sum(by(report.hostile, v), 'foreignCredentials'))),
    row('success after a method change', (v) => String(sum(by(report.hostile, v), 'successAfterMethodChange'))),
  ].join('\n');
}

const sum = <T>(rows: T[], key: keyof T) => rows.reduce((n, r) => n + (r[key] as number), 0);
const count = (rows: InjectionCase[], outcome: InjectionCase['outcome']) => rows.filter((r) => r.outcome === outcome).length;
