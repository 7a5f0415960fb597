import type { Logger } from '../client';

/** Log levels, most verbose first; `off` silences everything. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';
const ORDER: LogLevel[] = ['debug', 'info', 'warn', 'error', 'off'];

// `ACCT_LOG=debug` where the runtime has an environment (Node, Bun, Deno with --allow-env); never throws.
function envLevel(): LogLevel | undefined {
  try {
    const g = globalThis as {
      process?: { env?: Record<string, string | undefined> };
      Deno?: { env?: { get(k: string): string | undefined } };
    };
    const value = g.process?.env?.ACCT_LOG ?? g.Deno?.env?.get('ACCT_LOG');
    return ORDER.includes(value as LogLevel) ? (value as LogLevel) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The logger a client writes to: the user's, or the console when a level is set (`logLevel` or
 * `ACCT_LOG`), with levels below the threshold left out. Undefined when nothing would be written.
 */
export function resolveLogger(logger: Logger | undefined, level: LogLevel | undefined): Logger | undefined {
  const threshold = ORDER.indexOf(level ?? envLevel() ?? (logger ? 'debug' : 'off'));
  const target: Logger | undefined = logger ?? (threshold < ORDER.length - 1 ? console : undefined);
  if (!target || threshold === ORDER.length - 1) return undefined;
  const out: Logger = {};
  for (const [i, name] of (['debug', 'info', 'warn', 'error'] as const).entries()) {
    const fn = target[name];
    if (i >= threshold && typeof fn === 'function') out[name] = fn.bind(target);
  }
  return out;
}
