import { execFileSync } from 'node:child_process';
import { median, round } from './serve';

/** Median wall time of a fresh `node` importing a module, and its ratio to importing ofetch alone. */
export interface ImportRow {
  module: string;
  medianMs: number;
  ratioToOfetch: number;
}

const cwd = new URL('..', import.meta.url).pathname;
const MODULES = ['ofetch', '@acct/core', '@acct/thirdwatch', '@acct/mention', '@acct/glowmarkt', '@acct/iam', '@acct/thoughtspot'];

function once(specifier: string): number {
  const started = performance.now();
  execFileSync(process.execPath, ['--input-type=module', '-e', specifier ? `await import(${JSON.stringify(specifier)})` : ''], {
    cwd,
    stdio: 'ignore',
  });
  return performance.now() - started;
}

/** Whole-process cold import, `runs` times each, interleaved; `node` with nothing to import is the floor. */
export function coldImport(runs = 15): ImportRow[] {
  const times = new Map<string, number[]>([['', []], ...MODULES.map((m) => [m, []] as [string, number[]])]);
  for (let r = 0; r < runs; r++) for (const m of times.keys()) times.get(m)!.push(once(m));
  const ofetch = median(times.get('ofetch')!);
  return [...times].map(([m, t]) => ({
    module: m || '(node, no import)',
    medianMs: round(median(t), 1),
    ratioToOfetch: round(median(t) / ofetch),
  }));
}
