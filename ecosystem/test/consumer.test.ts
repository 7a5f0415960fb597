import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { install, installedAcct, installedPackages, node, packAll, runCjsBundle, typecheck, VENDORS } from '../src/consumer';
import { CASES, cjs, esm } from '../src/consumer-cases';
import { compile, TYPE_CASES } from '../src/type-messages';

let packs: Awaited<ReturnType<typeof packAll>>;
beforeAll(async () => {
  packs = await packAll();
}, 120_000);
const projects: string[] = [];
afterAll(() => {
  for (const dir of [packs.dir, ...projects]) rmSync(dir, { recursive: true, force: true });
});

describe.each(VENDORS.map((v) => [v] as const))('a fresh npm project installing only @acct/%s', (vendor) => {
  let project: string;
  beforeAll(async () => {
    project = await install(vendor, packs);
    projects.push(project);
  }, 120_000);

  it('has no other vendor package in node_modules', () => {
    expect(installedAcct(project)).toEqual(['core', vendor].sort());
  });

  it('installs no fetch polyfill and no ofetch (inlined into core), and require() loads neither', async () => {
    expect(installedPackages(project)).toEqual([`@acct/${vendor}`, '@acct/core', 'valibot'].sort());
    const loaded: string[] = JSON.parse(
      await node(project, 'loaded.cjs', `require('@acct/${vendor}'); console.log(JSON.stringify(Object.keys(require.cache)));`),
    );
    expect(loaded.filter((f) => /node-fetch-native|ofetch/.test(f))).toEqual([]);
    expect(loaded.some((f) => f.includes(`@acct/${vendor}/dist/index.cjs`))).toBe(true);
  });

  it('names the request type in a missing-field error, and the result type in what a hover shows', async () => {
    const t = TYPE_CASES[vendor]!;
    const missing = await compile(project, 'missing', `${t.setup}\nexport const p = ${t.missing};\n`);
    // The compiler's own message, e.g. "Property 'email' is missing in type '{ … }' but required in type 'CreateUserRequest'".
    expect(missing.errors).toMatch(/Property '\w+' is missing in type/);
    expect(missing.errors).toContain(`'${t.requestType}'`);
    expect(missing.errors.length).toBeLessThan(600);
    const hover = await compile(project, 'hover', `${t.setup}\nexport const result = ${t.result};\n`);
    expect(hover.errors).toBe('');
    // By name, as a hover shows it (the declaration qualifies it with its module): `import("@acct/thoughtspot").ThoughtSpotUser[]`.
    const named = `export declare const result: import("@acct/${vendor}").${t.resultType};`;
    expect(
      hover.declaration.includes(named) || hover.declaration.includes(`export declare const result: ${t.resultType};`),
      hover.declaration,
    ).toBe(true);
  });

  it('runs the quickstart through import and through require', async () => {
    const c = CASES[vendor];
    expect(JSON.parse(await node(project, 'quickstart.mjs', esm(vendor, c)))).toEqual({ ok: true, problems: [] });
    expect(JSON.parse(await node(project, 'quickstart.cjs', cjs(vendor, c)))).toEqual({ ok: true, problems: [] });
  });

  describe('bundled from require() (esbuild, Node), as a Lambda or a server is', () => {
    // An app that requires the vendor and imports core (here, through an ES module of its own): the
    // error classes the vendor re-exports must be the very ones that module sees, one core in the
    // bundle (instanceof would hold across two copies too, through core's Symbol.for brand).
    const mixed = `const v = require('@acct/${vendor}'), c = require('./core-esm.mjs');
const shared = Object.keys(c).filter((k) => typeof c[k] === 'function' && /Error$/.test(k) && k in v);
console.log(JSON.stringify({ shared: shared.length, same: shared.every((k) => v[k] === c[k]) }));`;
    beforeAll(() => writeFileSync(join(project, 'core-esm.mjs'), "export * from '@acct/core';\n"));

    it('takes the ES builds (`module` condition), holds one core, and runs the quickstart', async () => {
      const { stdout, inputs } = await runCjsBundle(project, `${mixed}\n${cjs(vendor, CASES[vendor])}`);
      const [classes, quickstart] = stdout.split('\n').map((line) => JSON.parse(line));
      expect(quickstart).toEqual({ ok: true, problems: [] });
      expect(classes.shared).toBeGreaterThan(3);
      expect(classes.same).toBe(true);
      const ours = inputs.filter((f) => f.includes('@acct/'));
      expect(ours.some((f) => f.endsWith(`@acct/${vendor}/dist/index.js`))).toBe(true);
      expect(ours.filter((f) => f.endsWith('.cjs'))).toEqual([]);
    });

    it('would hold two cores without the condition (the check above can fail)', async () => {
      const { stdout, inputs } = await runCjsBundle(project, mixed, []);
      expect(JSON.parse(stdout).same).toBe(false);
      expect(inputs.some((f) => f.endsWith('@acct/core/dist/index.js'))).toBe(true);
      expect(inputs.some((f) => /@acct\/core\/dist\/\S+\.cjs$/.test(f))).toBe(true);
    });
  });

  it.each(['node16', 'bundler'] as const)('typechecks a consumer .ts under moduleResolution %s', async (resolution) => {
    expect(await typecheck(project, CASES[vendor].types, resolution)).toBe('');
  });
});
