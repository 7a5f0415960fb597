import { build } from 'esbuild';

/** The smoke scenario with every package bundled for the browser (esbuild): `iife` defines `globalThis.acctSmoke`. */
export async function smokeBundle(format: 'esm' | 'iife'): Promise<string> {
  const result = await build({
    entryPoints: [new URL('./smoke.mjs', import.meta.url).pathname],
    bundle: true,
    format,
    globalName: format === 'iife' ? 'acctSmoke' : undefined,
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
