import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PACKAGES } from '../src/sizes';

const run = promisify(execFile);
const cwd = new URL('..', import.meta.url).pathname;

// An ESM resolve hook (Node >= 20.6 `module.register`) that fails the import the moment anything
// resolves into node-fetch-native or ofetch's Node entry.
const hook = `export async function resolve(s, c, next) {
  const r = await next(s, c);
  if (/node-fetch-native|ofetch\\/dist\\/node\\./.test(r.url)) throw new Error('loaded ' + r.url);
  return r;
}`;
const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;

describe.each(PACKAGES.map((p) => [p] as const))('loading %s in Node', (pkg) => {
  it('require() loads no fetch polyfill (require.cache)', async () => {
    const code = `require(${JSON.stringify(pkg)}); console.log(JSON.stringify(Object.keys(require.cache)));`;
    const { stdout } = await run(process.execPath, ['-e', code], { cwd });
    const loaded: string[] = JSON.parse(stdout);
    expect(loaded.some((f) => f.includes(`${pkg.slice(6)}/dist/index.cjs`))).toBe(true);
    expect(loaded.filter((f) => /node-fetch-native|ofetch|valibot\/dist\/index\.cjs/.test(f))).toEqual([]);
  });

  it('import loads no fetch polyfill (resolve hook)', async () => {
    const code = `await import(${JSON.stringify(pkg)}); console.log('ok');`;
    const { stdout } = await run(
      process.execPath,
      ['--import', `data:text/javascript,${encodeURIComponent(register)}`, '--input-type=module', '-e', code],
      {
        cwd,
      },
    );
    expect(stdout.trim()).toBe('ok');
  });
});

it('the hook does catch ofetch’s Node entry (the check can fail)', async () => {
  const code = `await import('ofetch');`;
  const child = run(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(register)}`, '--input-type=module', '-e', code],
    {
      cwd,
    },
  );
  await expect(child).rejects.toThrow(/loaded .*ofetch\/dist\/node/);
});
