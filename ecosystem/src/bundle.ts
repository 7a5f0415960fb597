import { build } from 'esbuild';

/** The smoke scenario with every package bundled for the browser (esbuild): `iife` defines `globalThis.acctSmoke`. */
export async function smokeBundle(format: 'esm' | 'iife'): Promise<string> {
  return (await browserBundle({ entry: './smoke.mjs' }, format, 'acctSmoke')).text;
}

/**
 * Bundles a file of src/ (or a module's source, resolved from src/) for the browser (esbuild, `platform: 'browser'`) and lists the `node:` modules
 * anything on its import graph asks for (none, for a bundle a browser can load).
 */
export async function browserBundle(
  source: { entry: string } | { contents: string },
  format: 'esm' | 'iife',
  globalName?: string,
): Promise<{ text: string; nodeImports: string[] }> {
  const here = new URL('.', import.meta.url).pathname;
  const result = await build({
    ...('entry' in source
      ? { entryPoints: [new URL(source.entry, import.meta.url).pathname] }
      : { stdin: { contents: source.contents, resolveDir: here, loader: 'js' as const } }),
    bundle: true,
    format,
    globalName: format === 'iife' ? globalName : undefined,
    platform: 'browser',
    // A `node:` import fails the bundle; external, it is listed in the metafile instead.
    external: ['node:*'],
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const nodeImports = Object.values(result.metafile.inputs)
    .flatMap((input) => input.imports.map((i) => i.path))
    .filter((p) => p.startsWith('node:'));
  return { text: result.outputFiles[0]!.text, nodeImports };
}
