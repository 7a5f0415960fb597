import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

/**
 * How a bundle is built: a browser app, a Node ESM bundle (a Lambda, a server), a CJS `require`
 * bundle, or `cjs-build`: the same `require` bundle from a bundler that ignores the `module` export
 * condition and so takes our `.cjs` builds (esbuild with `conditions: []`), which cannot be tree-shaken.
 */
export type Platform = 'browser' | 'node' | 'cjs' | 'cjs-build';

/** Every platform a package is measured on. */
export const PLATFORMS: readonly Platform[] = ['browser', 'node', 'cjs', 'cjs-build'];

/** A bundle, its sizes in bytes, and the minified bytes each package (node_modules name or our folder) puts in it. */
export interface SizeRow {
  bundle: string;
  platform: Platform;
  minified: number;
  gzip: number;
  brotli: number;
  byPackage: Record<string, number>;
  inputs: string[];
}

/** Our published packages, measured on every platform. */
export const PACKAGES = ['@acct/core', '@acct/thirdwatch', '@acct/mention', '@acct/glowmarkt', '@acct/iam', '@acct/thoughtspot'];

/** Browser-only entries for scale: the vendor SDK's users API and ofetch alone. */
export const REFERENCES: Record<string, string> = {
  '@thoughtspot/rest-api-sdk (UsersApi + bearer config)': '@thoughtspot/rest-api-sdk',
  'ofetch alone': 'ofetch',
};

const resolveDir = new URL('..', import.meta.url).pathname;

/** The package a bundled file belongs to: its node_modules name, or `@acct/<folder>` for our own dist. */
export function packageOf(file: string): string {
  const nm = file.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = file.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const ours = /packages\/([^/]+)\//.exec(file);
  return ours ? `@acct/${ours[1]}` : file;
}

const isCjs = (platform: Platform) => platform === 'cjs' || platform === 'cjs-build';

const sourceFor = (specifier: string, platform: Platform, names?: string) =>
  isCjs(platform)
    ? `module.exports = require(${JSON.stringify(specifier)});`
    : names
      ? `export { ${names} } from ${JSON.stringify(specifier)};`
      : `export * from ${JSON.stringify(specifier)};`;

/**
 * Bundles `specifier`'s public entry with all its dependencies, as a user's bundler would (esbuild,
 * minified; `cjs` and `cjs-build` bundle `require(specifier)` for Node), and measures it.
 */
export async function measure(specifier: string, platform: Platform, name = specifier, names?: string): Promise<SizeRow> {
  const result = await build({
    stdin: { contents: sourceFor(specifier, platform, names), resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: isCjs(platform) ? 'cjs' : 'esm',
    platform: platform === 'browser' ? 'browser' : 'node',
    // esbuild's default conditions include `module`, which our exports map to the ES builds; custom
    // conditions, even none, turn it off.
    ...(platform === 'cjs-build' ? { conditions: [] } : {}),
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const output = Object.values((result.metafile as Metafile).outputs)[0]!;
  const byPackage: Record<string, number> = {};
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    const pkg = packageOf(file);
    byPackage[pkg] = (byPackage[pkg] ?? 0) + bytesInOutput;
  }
  return {
    bundle: name,
    platform,
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    byPackage,
    inputs: Object.keys(result.metafile!.inputs),
  };
}

/** Every package on every platform, then the browser references. */
export async function sizes(): Promise<SizeRow[]> {
  const rows: SizeRow[] = [];
  for (const pkg of PACKAGES) for (const p of PLATFORMS) rows.push(await measure(pkg, p));
  const sdk = 'UsersApi, createBearerAuthenticationConfig';
  for (const [name, spec] of Object.entries(REFERENCES))
    rows.push(await measure(spec, 'browser', name, spec === 'ofetch' ? undefined : sdk));
  return rows;
}
