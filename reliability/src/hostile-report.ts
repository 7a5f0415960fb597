import { cpus, loadavg } from 'node:os';
import type { ChildOutcome } from './hostile-run';

/** The child's figures as a short markdown table (one machine-wide figure per row, with its target). */
export function hostileTable(outcome: ChildOutcome): string {
  if (outcome.crashed)
    return `| hostile bodies (child process) | target |\n|---|---|\n| crashes | 1 (${outcome.detail.replace(/\|/g, '/').slice(0, 300)}) — target 0 |`;
  const mib = (n: number) => `${Math.round((n / 2 ** 20) * 10) / 10} MiB`;
  const block = (b: { wallMs: number; cpuMs: number }) => `${b.wallMs} ms (${b.cpuMs} ms on CPU)`;
  const worst = Object.entries(outcome.blockByBody).sort((a, b) => b[1].wallMs - a[1].wallMs)[0];
  return (
    [
      `| hostile bodies (child process, ${mib(outcome.size)} bodies, maxResponseBytes ${mib(outcome.limit)}) | measured | target |`,
      '|---|---|---|',
      `| crashes | 0 | 0 |`,
      `| cases that did not end as they must | ${outcome.problems.length} of ${outcome.hugeCases + outcome.pathologicalCases} | 0 |`,
      `| peak RSS growth, huge declared / streamed / gzip bodies | ${outcome.rssGrowthMB} MB | ≤ ${mib(2 * outcome.limit)} (2× the limit) |`,
      `| longest event-loop block, pathological error bodies | ${block(outcome.longestBlock)}${worst ? ` — ${worst[0]}` : ''} | ≤ 50 ms |`,
      `| longest event-loop block, huge bodies refused | ${block(outcome.longestBlockHuge)} | ≤ 50 ms |`,
    ].join('\n') +
    `\n\nA block is the longest gap between ticks of a 1 ms interval. Its wall-clock length also counts time the OS gave other processes (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores when the table was written); "on CPU" is this process's own CPU time in that gap, GC and worker threads included.`
  );
}
