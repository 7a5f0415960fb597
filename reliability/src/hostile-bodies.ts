import { once } from 'node:events';
import { createGzip } from 'node:zlib';

/** A gzip stream of `size` zero bytes, built in 1 MiB steps (1 GiB → ~1 MB; the input is never held whole). */
export async function gzipBomb(size: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (c: Buffer) => out.push(c));
  const zeros = Buffer.alloc(2 ** 20);
  for (let n = 0; n < size; n += zeros.length)
    if (!gzip.write(n + zeros.length > size ? zeros.subarray(0, size - n) : zeros)) await once(gzip, 'drain');
  gzip.end();
  await once(gzip, 'end');
  return Buffer.concat(out);
}

/** Error bodies that made the old summariser quadratic, or that are hostile to a one-line message. */
export const pathologicalBodies: { name: string; type: string; body: () => string }[] = [
  { name: '<title × 40 000', type: 'text/html', body: () => '<title'.repeat(40_000) },
  { name: '< × 230 000', type: 'text/plain', body: () => '<'.repeat(230_000) },
  { name: '<a × 1 M', type: 'text/html', body: () => '<a'.repeat(2 ** 20) },
  { name: '<title> then 100 000 tags', type: 'text/html', body: () => `<title>${'<b>x</b>'.repeat(100_000)}` },
  {
    name: 'JSON message, 1 MB with CR/LF/ANSI/NUL',
    type: 'application/json',
    body: () => JSON.stringify({ message: `a\r\nb\u001b[2J\u0000${'m\n'.repeat(2 ** 19)}` }),
  },
  { name: 'JSON error.message, 1 MB', type: 'application/json', body: () => JSON.stringify({ error: { message: 'e'.repeat(2 ** 20) } }) },
  { name: 'JSON nested 10 000 deep', type: 'application/json', body: () => `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}` },
  { name: 'JSON __proto__', type: 'application/json', body: () => '{"__proto__":{"isAdmin":true},"message":"x"}' },
];

/** A heartbeat's figures: the longest gap between ticks (wall clock) and the CPU time this process used in it. */
export interface Block {
  wallMs: number;
  cpuMs: number;
}

/**
 * Measures the longest gap between ticks of a 1 ms interval: how long the event loop was blocked.
 * On a loaded machine a gap also counts time the OS gave to other processes, so the process's own
 * CPU time (all threads, GC included) within that gap is kept too.
 */
export function heartbeat(): { stop(): Block } {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const longest: Block = { wallMs: 0, cpuMs: 0 };
  const timer = setInterval(() => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    const gap = now - last - 1;
    if (gap > longest.wallMs) Object.assign(longest, { wallMs: gap, cpuMs: Math.min(gap, (cpu.user + cpu.system) / 1000) });
    last = now;
    lastCpu = process.cpuUsage();
  }, 1);
  return {
    stop() {
      clearInterval(timer);
      const round = (n: number) => Math.max(0, Math.round(n * 10) / 10);
      return { wallMs: round(longest.wallMs), cpuMs: round(longest.cpuMs) };
    },
  };
}

/** The larger of two blocks (by wall clock). */
export const maxBlock = (a: Block, b: Block): Block => (b.wallMs > a.wallMs ? b : a);

/** Samples RSS every 5 ms; `stop` gives the peak growth over `baseline` in MiB. */
export function rssSampler(baseline: number): { stop(): number } {
  let peak = baseline;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss());
  };
  const timer = setInterval(sample, 5);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return Math.round(((peak - baseline) / 2 ** 20) * 10) / 10;
    },
  };
}
