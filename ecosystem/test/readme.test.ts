import { describe, expect, it } from 'vitest';
import { extractBlocks, READMES, runReadme } from '../src/readme/blocks';

/** READMEs whose blocks must all pass: every one (the root README and each package's) runs against the mocks. */
const ENFORCED: string[] = Object.keys(READMES);

describe('README code blocks run against the packages’ mocks', () => {
  it('extracts ts/typescript blocks and honours `no-run` in the fence info', () => {
    const md = '# x\n```ts\na()\n```\n```sh\nnpm i\n```\n```typescript no-run\nb()\n```\n';
    expect(extractBlocks(md)).toEqual([
      { line: 2, code: 'a()', noRun: false },
      { line: 8, code: 'b()', noRun: true },
    ]);
  });

  it.each(Object.keys(READMES))(
    '%s README',
    async (name) => {
      const result = await runReadme(name);
      const total = result.passed + result.failed.length;
      console.log(
        `README ${name}: ${result.passed}/${total} blocks passed, ${result.failed.length} failed, ${result.skipped} no-run` +
          result.failed.map((f) => `\n  line ${f.line}: ${f.error}`).join(''),
      );
      if (ENFORCED.includes(name)) expect(result.failed).toEqual([]);
    },
    300_000,
  );
});
