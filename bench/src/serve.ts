import { fork } from 'node:child_process';
import { once } from 'node:events';

/** A bench server in a child process; `users` synthetic users behind the search. */
export async function startBenchServer(
  users = 10,
): Promise<{ url: string; stats(): Promise<{ token: number; search: number }>; reset(): Promise<void>; close(): void }> {
  const child = fork(new URL('./server.mjs', import.meta.url), { env: { ...process.env, USERS: String(users) }, stdio: 'ignore' });
  const [port] = await once(child, 'message');
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    stats: async () => (await fetch(`${url}/__stats`)).json(),
    reset: async () => void (await fetch(`${url}/__reset`, { method: 'POST' })).text(),
    close: () => child.kill(),
  };
}

/**
 * `call` given a new AbortController's signal and a 30 s timer per call, as a client's per-call
 * timeout does: the bench's "raw fetch + AbortController and timer" contenders (loopback and stub).
 */
export const withTimeout = (call: (signal: AbortSignal) => Promise<unknown>) => async (): Promise<unknown> => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 30_000);
  try {
    return await call(controller.signal);
  } finally {
    clearTimeout(timer);
  }
};

/** The median of a list of numbers. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : Number.NaN;
}

/**
 * The middle half of `values` as "p25–p75" (linear interpolation), rounded: how far the rounds of
 * one run spread around their median, so a reader can tell a missed target from noise.
 */
export function spread(values: number[], digits = 2): string {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => {
    const i = (s.length - 1) * q;
    const lo = Math.floor(i);
    return s[lo]! + (s[Math.ceil(i)]! - s[lo]!) * (i - lo);
  };
  return s.length ? `${round(at(0.25), digits)}–${round(at(0.75), digits)}` : '—';
}

/** `n` rounded to `digits` decimals. */
export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
