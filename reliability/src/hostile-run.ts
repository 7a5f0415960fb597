import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { ChildReport } from './hostile-child';

/** The child's report, or `crashed` with why (exit code, signal, timeout, no report). */
export type ChildOutcome = ({ crashed: false } & ChildReport) | { crashed: true; detail: string };

/** Runs the huge-body and pathological-body cases in a child process, killed after `timeoutMs`. */
export function runHostileChild(options: { size: number; limit: number; only?: string[] }, timeoutMs: number): Promise<ChildOutcome> {
  const script = join(import.meta.dirname, 'hostile-child.ts');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script, JSON.stringify(options)], {
      cwd: join(import.meta.dirname, '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.stderr.on('data', (c: Buffer) => (err = (err + c).slice(-4_000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop() ?? '';
      try {
        if (code === 0) return resolve({ crashed: false, ...(JSON.parse(line) as ChildReport) });
      } catch {
        // no report: counted as a crash below
      }
      resolve({
        crashed: true,
        detail: `exit ${code ?? signal}${signal === 'SIGKILL' ? ` (killed after ${timeoutMs} ms)` : ''}: ${err.trim().slice(-1_000)}`,
      });
    });
  });
}
