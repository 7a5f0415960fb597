import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** A bundle and its compressed sizes in bytes. */
export interface SizeRow {
  bundle: string;
  minified: number;
  gzip: number;
  brotli: number;
}

/** The entries measured: each package's whole public entry, the vendor SDK's users API, and ofetch alone for scale. */
export const ENTRIES: Record<string, string> = {
  '@acct/core': "export * from '@acct/core';",
  '@acct/thirdwatch': "export * from '@acct/thirdwatch';",
  '@acct/mention': "export * from '@acct/mention';",
  '@acct/glowmarkt': "export * from '@acct/glowmarkt';",
  '@acct/iam': "export * from '@acct/iam';",
  '@acct/thoughtspot': "export * from '@acct/thoughtspot';",
  '@thoughtspot/rest-api-sdk (UsersApi + bearer config)':
    "export { UsersApi, createBearerAuthenticationConfig } from '@thoughtspot/rest-api-sdk';",
  'ofetch alone': "export * from 'ofetch';",
};

/** Bundles `source` with all its dependencies (esbuild, minified, browser platform) and measures it. */
export async function measure(name: string, source: string): Promise<SizeRow> {
  const result = await build({
    stdin: { contents: source, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return {
    bundle: name,
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Every entry's sizes. */
export async function sizes(): Promise<SizeRow[]> {
  const rows: SizeRow[] = [];
  for (const [name, source] of Object.entries(ENTRIES)) rows.push(await measure(name, source));
  return rows;
}
