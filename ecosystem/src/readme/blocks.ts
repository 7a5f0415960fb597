import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { VENDORS } from '../consumer';

const run = promisify(execFile);
const root = new URL('../../..', import.meta.url).pathname;
const here = (path: string) => new URL(path, import.meta.url).pathname;
const vitest = join(root, 'node_modules/vitest/vitest.mjs');

/** One ```ts / ```typescript block of a README: where it starts and whether its fence says `no-run`. */
export interface Block {
  line: number;
  code: string;
  noRun: boolean;
}

/** The TypeScript blocks of a Markdown text. */
export function extractBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*```(ts|typescript)\b(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    while (++i < lines.length && !/^\s*```\s*$/.test(lines[i]!)) body.push(lines[i]!);
    blocks.push({ line: start + 1, code: body.join('\n'), noRun: /\bno-run\b/.test(open[2]!) });
  }
  return blocks;
}

/** A README's outcome: blocks passed, failed (with why), skipped (`no-run`). */
export interface ReadmeResult {
  name: string;
  passed: number;
  failed: { line: number; error: string }[];
  skipped: number;
}

/** The READMEs the runner reads: the root one (`root`) and each package's. */
export const READMES: Record<string, string> = {
  root: join(root, 'README.md'),
  ...Object.fromEntries(['core', ...VENDORS].map((p) => [p, join(root, 'packages', p, 'README.md')])),
};

/**
 * Runs every block of one README as its own ES module (tsx, no type check) in a child process, with
 * all fetches answered by the package's `./testing` mock (every vendor's for the root README and core).
 * A block passes when it exits 0 within 20 s and no request missed the fixtures.
 */
export async function runReadme(name: string): Promise<ReadmeResult> {
  const file = READMES[name]!;
  const result: ReadmeResult = { name, passed: 0, failed: [], skipped: 0 };
  if (!existsSync(file)) return result;
  // Beside the README's package, so a block's imports resolve as in that package (valibot, its own name).
  const dir = name === 'root' ? join(here('../..'), '.tmp', 'readme') : join(root, 'packages', name, '.tmp', 'readme');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Core's README shows vendor clients: its blocks see the ecosystem's packages (every vendor) before core's own.
  if (name === 'core') symlinkSync(join(here('../..'), 'node_modules'), join(dir, 'node_modules'), 'dir');
  // Its own vitest config, so the ecosystem's (test/**) does not apply to the blocks.
  writeFileSync(join(dir, 'vitest.config.mjs'), "export default { test: { include: ['*.test.mts'] } };\n");
  const vendors = (VENDORS as readonly string[]).includes(name) ? [name] : [...VENDORS];
  for (const block of extractBlocks(readFileSync(file, 'utf8'))) {
    if (block.noRun) {
      result.skipped++;
      continue;
    }
    // A block importing vitest is a test file: vitest runs it. `export {}` makes any block a module (top-level await).
    const isTest = /from ['"]vitest['"]/.test(block.code);
    const path = join(dir, `line-${block.line}${isTest ? '.test' : ''}.mts`);
    writeFileSync(path, `${block.code}\nexport {};\n`);
    const names = [...new Set([...block.code.matchAll(/process\.env\.([A-Z0-9_]+)/g)].map((m) => m[1]!))];
    const env: NodeJS.ProcessEnv = { ...process.env, ACCT_README_VENDORS: JSON.stringify(vendors), ACCT_README_ENV: JSON.stringify(names) };
    const args = isTest
      ? [vitest, 'run', '--root', dir, '--config', join(dir, 'vitest.config.mjs'), path]
      : ['--import', 'tsx', '--import', here('./preload.mjs'), path];
    if (isTest) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import ${here('./preload.mjs')}`;
    try {
      await run(process.execPath, args, { cwd: here('../..'), timeout: 30_000, env });
      result.passed++;
    } catch (error) {
      const { stderr = '', message } = error as { stderr?: string; message: string };
      const { stdout = '' } = error as { stdout?: string };
      const why = `${stderr}\n${stdout}`.split('\n').find((l) => /Error|mock:|FAIL/.test(l)) ?? message.split('\n')[0]!;
      result.failed.push({ line: block.line, error: why.trim().slice(0, 300) });
    }
  }
  return result;
}
