import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { packageOf } from './sizes';

/** One module group's share of a bundle: minified bytes, and gzip bytes estimated as that share of the bundle's gzip. */
export interface BreakdownRow {
  module: string;
  minified: number;
  gzipShare: number;
}

const root = new URL('../..', import.meta.url).pathname;

// Our packages from their TypeScript sources, so each of our files is its own input; ofetch from its
// universal build and ufo / destr from core's stand-ins, as core's tsdown config does.
const fromSource: Plugin = {
  name: 'acct-from-source',
  setup(b) {
    b.onResolve({ filter: /^@acct\/[a-z]+(\/(errors|testing))?$/ }, ({ path }) => {
      const [, pkg, sub] = /^@acct\/([a-z]+)(?:\/(\w+))?$/.exec(path)!;
      const file = sub === 'testing' ? 'testing/index.ts' : sub ? `${sub}.ts` : 'index.ts';
      return { path: `${root}packages/${pkg}/src/${file}` };
    });
    const ofetch = join(dirname(createRequire(`${root}packages/core/package.json`).resolve('ofetch')), 'index.mjs');
    b.onResolve({ filter: /^ofetch$/ }, () => ({ path: ofetch }));
    // Core's build puts its own stand-ins in place of ofetch's ufo and destr (packages/core/tsdown.config.ts).
    b.onResolve({ filter: /^(ufo|destr)$/ }, ({ path }) => ({ path: `${root}packages/core/src/internal/ofetch/${path}.ts` }));
  },
};

/** A group for a bundled file: the node_modules package, or our package and its source file. */
const groupOf = (file: string) =>
  file.includes('node_modules/') ? packageOf(file) : file.replace(/^.*packages\/([^/]+)\/src\//, '@acct/$1/');

/**
 * The browser bundle of `pkg` built from source, bytes by module group (largest first) — where a
 * bundle's bytes are when it misses its target.
 */
export async function breakdown(pkg: string, top = 12): Promise<{ gzip: number; rows: BreakdownRow[] }> {
  const result = await build({
    stdin: { contents: `export * from '${pkg}';`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    write: false,
    logLevel: 'silent',
    plugins: [fromSource],
  });
  const code = result.outputFiles[0]!.contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  const output = Object.values(result.metafile!.outputs)[0]!;
  const bytes = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    if (bytesInOutput) bytes.set(groupOf(file), (bytes.get(groupOf(file)) ?? 0) + bytesInOutput);
  }
  const rows = [...bytes]
    .sort((a, b) => b[1] - a[1])
    .map(([module, minified]) => ({ module, minified, gzipShare: Math.round((minified / code.length) * gzip) }));
  const rest = rows.slice(top);
  const restRow = { module: `${rest.length} more modules`, minified: 0, gzipShare: 0 };
  for (const r of rest) {
    restRow.minified += r.minified;
    restRow.gzipShare += r.gzipShare;
  }
  return { gzip, rows: rest.length ? [...rows.slice(0, top), restRow] : rows };
}
