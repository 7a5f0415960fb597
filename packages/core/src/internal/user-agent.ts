declare const __ACCT_VERSION__: string | undefined;

/** This package's version, stamped in at build time. */
export const CORE_VERSION: string = typeof __ACCT_VERSION__ === 'string' ? __ACCT_VERSION__ : '0.0.0-dev';

/**
 * `@acct/<vendor>/<version> core/<version> <runtime>/<version>`, or undefined in a browser: there
 * the header is forbidden or dropped, and any extra header would need the vendor's CORS to allow it.
 */
export function userAgent(sdk: { name: string; version: string } | undefined): string | undefined {
  const g = globalThis as {
    document?: unknown;
    Deno?: { version?: { deno?: string } };
    Bun?: { version?: string };
    process?: { versions?: { node?: string } };
    EdgeRuntime?: unknown;
  };
  if (g.document !== undefined) return undefined;
  const runtime = g.Deno?.version?.deno
    ? `deno/${g.Deno.version.deno}`
    : g.Bun?.version
      ? `bun/${g.Bun.version}`
      : g.process?.versions?.node
        ? `node/${g.process.versions.node}`
        : typeof g.EdgeRuntime === 'string'
          ? `edge-runtime/${g.EdgeRuntime}`
          : 'js';
  return [sdk && `${sdk.name}/${sdk.version}`, `core/${CORE_VERSION}`, runtime].filter(Boolean).join(' ');
}
