import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
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
    const file = join(dir, `${basename(pkg)}.tgz`);
    await run('tar', [
      '--hard-dereference',
      '-czhf',
      file,
      '-C',
      dirname(pkg),
      '--transform',
      `s,^${basename(pkg)},package,`,
      basename(pkg),
    ]);
    thirdParty.push(file);
  }
  return { dir, acct, thirdParty };
}

/** A fresh npm project with only `vendor` (and core, and their third-party dependencies) installed offline from tarballs. */
export async function install(vendor: (typeof VENDORS)[number], packs: Awaited<ReturnType<typeof packAll>>): Promise<string> {
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
