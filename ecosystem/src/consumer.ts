import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const here = (path: string) => new URL(path, import.meta.url).pathname;
export const VENDORS = ['thirdwatch', 'mention', 'glowmarkt', 'iam', 'thoughtspot'] as const;

/**
 * Packs every @acct package with pnpm (workspace versions rewritten, as on publish) and, so the
 * install needs no network, the third-party runtime dependencies from the local store with npm.
 */
export async function packAll(): Promise<{ dir: string; acct: Record<string, string>; thirdParty: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'acct-packs-'));
  const acct: Record<string, string> = {};
  for (const name of ['core', ...VENDORS]) {
    // The pinned pnpm (scripts/pnpm.mjs), whether or not a pnpm is on PATH.
    const { stdout } = await run(process.execPath, [join(root, 'scripts/pnpm.mjs'), 'pack', '--pack-destination', dir], {
      cwd: join(root, 'packages', name),
    });
    acct[name] = stdout.trim().split('\n').at(-1)!;
  }
  // The third-party runtime dependencies our packages declare (valibot; ofetch is inlined into
  // core's dist at build time), resolved from the package declaring them: a consumer gets only those.
  // Not every package exports ./package.json: find it above the resolved entry.
  const dirOf = (r: NodeRequire, name: string) => {
    let dir = dirname(r.resolve(name));
    while (!existsSync(join(dir, 'package.json')) || !dir.endsWith(name)) dir = dirname(dir);
    return dir;
  };
  const declared = new Map<string, string>();
  for (const name of ['core', ...VENDORS]) {
    const manifest = join(root, 'packages', name, 'package.json');
    const deps = Object.keys(JSON.parse(readFileSync(manifest, 'utf8')).dependencies ?? {}).filter((d) => !d.startsWith('@acct/'));
    for (const dep of deps) if (!declared.has(dep)) declared.set(dep, dirOf(createRequire(manifest), dep));
  }
  const thirdParty: string[] = [];
  for (const pkg of declared.values()) {
    // A tarball of the installed files under `package/`, as npm expects (npm pack would run prepack scripts);
    // pnpm's store hard-links identical files, which npm's extraction would drop.
    thirdParty.push(await tarball(pkg, dir));
  }
  return { dir, acct, thirdParty };
}

/**
 * A tarball of an installed package's files under `package/`, as npm expects (npm pack would run
 * prepack scripts); pnpm's store hard-links identical files, which npm's extraction would drop.
 */
async function tarball(pkg: string, dir: string): Promise<string> {
  const file = join(dir, `${basename(dirname(pkg))}+${basename(pkg)}.tgz`);
  await run('tar', ['--hard-dereference', '-czhf', file, '-C', dirname(pkg), '--transform', `s,^${basename(pkg)},package,`, basename(pkg)]);
  return file;
}

/**
 * Tarballs of `name` and everything it depends on, from this repository's pnpm store (so a consumer
 * project installs them offline). In pnpm's layout a package's dependencies sit beside it. npm takes
 * one version of a name at the top level: a second version (the deeper one) ships inside its
 * dependent's tarball as a bundled dependency.
 */
export async function storeClosure(name: string, dir: string): Promise<string[]> {
  const top = new Map<string, string>(); // package name → its directory
  const nested = new Map<string, [string, string][]>(); // dependent's directory → [name, directory] bundled in it
  const queue: [string, string, string | undefined][] = [[name, realpathSync(join(here('../node_modules'), name)), undefined]];
  const seen = new Set<string>();
  for (let item = queue.shift(); item; item = queue.shift()) {
    const [pkgName, pkg, parent] = item;
    if (seen.has(pkg)) continue;
    seen.add(pkg);
    if (!top.has(pkgName)) top.set(pkgName, pkg);
    else nested.set(parent!, [...(nested.get(parent!) ?? []), [pkgName, pkg]]);
    const { dependencies = {}, optionalDependencies = {} } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
    const modules = pkg.slice(0, -pkgName.length);
    for (const dep of Object.keys({ ...dependencies, ...optionalDependencies }))
      if (existsSync(join(modules, dep))) queue.push([dep, realpathSync(join(modules, dep)), pkg]);
  }
  return Promise.all([...top.values()].map((pkg) => (nested.has(pkg) ? bundled(pkg, nested.get(pkg)!, dir) : tarball(pkg, dir))));
}

/** A tarball of `pkg` with `deps` copied into its node_modules and declared as bundled dependencies. */
async function bundled(pkg: string, deps: [string, string][], dir: string): Promise<string> {
  const stage = mkdtempSync(join(dir, 'stage-'));
  const copy = join(stage, basename(pkg));
  cpSync(pkg, copy, { recursive: true, dereference: true });
  for (const [name, from] of deps) cpSync(from, join(copy, 'node_modules', name), { recursive: true, dereference: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8'));
  manifest.bundleDependencies = deps.map(([name]) => name);
  writeFileSync(join(copy, 'package.json'), JSON.stringify(manifest, null, 2));
  const file = await tarball(copy, dir);
  rmSync(stage, { recursive: true, force: true });
  return file;
}

/** A fresh npm project with only `vendor` (and core, and their third-party dependencies) installed offline from tarballs. */
export async function install(
  vendor: (typeof VENDORS)[number],
  packs: Awaited<ReturnType<typeof packAll>>,
  extra: string[] = [],
): Promise<string> {
  const project = mkdtempSync(join(tmpdir(), `acct-consumer-${vendor}-`));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: `consumer-${vendor}`, private: true, version: '1.0.0' }));
  await run(
    'npm',
    [
      'install',
      '--offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--silent',
      packs.acct.core!,
      packs.acct[vendor]!,
      ...packs.thirdParty,
      ...extra,
    ],
    {
      cwd: project,
      timeout: 120_000,
    },
  );
  return project;
}

/** The @acct packages present in a project's node_modules. */
export function installedAcct(project: string): string[] {
  const dir = join(project, 'node_modules/@acct');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** Every package name in a project's node_modules (scoped ones as `@scope/name`). */
export function installedPackages(project: string): string[] {
  const dir = join(project, 'node_modules');
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .flatMap((n) => (n.startsWith('@') ? readdirSync(join(dir, n)).map((s) => `${n}/${s}`) : [n]))
    .sort();
}

/** Runs a script file in the project with the repository's Node. */
export async function node(project: string, file: string, source: string): Promise<string> {
  writeFileSync(join(project, file), source);
  const { stdout } = await run(process.execPath, [file], { cwd: project, timeout: 60_000 });
  return stdout.trim();
}

/** Typechecks `source` as a consumer would, under `moduleResolution` node16 or bundler; resolves to tsc's output ('' when clean). */
export async function typecheck(project: string, source: string, resolution: 'node16' | 'bundler'): Promise<string> {
  const dir = join(project, `tc-${resolution}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.ts'), source);
  const compilerOptions =
    resolution === 'node16' ? { module: 'node16', moduleResolution: 'node16' } : { module: 'esnext', moduleResolution: 'bundler' };
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { ...compilerOptions, target: 'es2022', strict: true, noEmit: true, lib: ['es2022', 'dom'], types: [] },
      files: ['index.ts'],
    }),
  );
  // A package.json type:module makes index.ts an ES module under node16.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  return run(process.execPath, [tsc, '-p', dir], { cwd: dir }).then(
    (r) => r.stdout.trim(),
    (e: { stdout?: string }) => e.stdout?.trim() || 'tsc failed',
  );
}

/**
 * Bundles `source` (a CommonJS script using `require`, which may require the project's own files)
 * from the project with esbuild for Node, as a Lambda or server bundle is built, writes it outside
 * the project (so it cannot reach node_modules) and runs it; resolves to its output and the files
 * the bundle was built from.
 */
export async function runCjsBundle(
  project: string,
  source: string,
  /** esbuild's `conditions`; `[]` turns off the `module` condition, as a bundler that ignores it. */
  conditions?: string[],
): Promise<{ stdout: string; inputs: string[] }> {
  const { build } = await import('esbuild');
  const result = await build({
    ...(conditions ? { conditions } : {}),
    stdin: { contents: source, resolveDir: project, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const dir = mkdtempSync(join(tmpdir(), 'acct-cjs-bundle-'));
  try {
    writeFileSync(join(dir, 'bundle.cjs'), result.outputFiles[0]!.contents);
    const { stdout } = await run(process.execPath, ['bundle.cjs'], { cwd: dir, timeout: 60_000 });
    return { stdout: stdout.trim(), inputs: Object.keys(result.metafile.inputs) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
