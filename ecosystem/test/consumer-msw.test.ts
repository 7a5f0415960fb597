import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { install, installedAcct, packAll, storeClosure } from '../src/consumer';

const run = promisify(execFile);
const vitest = new URL('../../node_modules/vitest/vitest.mjs', import.meta.url).pathname;

// What a user writes: their own vitest file, msw's setupServer, and the package's scenarios.
const userTest = `import { createThoughtSpotClient, PermissionDeniedError } from '@acct/thoughtspot';
import { createMswHandlers } from '@acct/thoughtspot/testing/msw';
import { setupServer } from 'msw/node';

const baseURL = 'https://acme.thoughtspot.cloud';
const mock = createMswHandlers({ baseURL });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
afterAll(() => server.close());
const client = createThoughtSpotClient({ baseURL, token: 't', retryDelay: 1 });

test('a chosen 403', async () => {
  mock.use('searchUsers', '403');
  await expect(client.searchUsers({ email: 'me@example.com' })).rejects.toBeInstanceOf(PermissionDeniedError);
});

test('a 500 the client retries, then the 200', async () => {
  mock.use('searchUsers', ['500', '200']);
  const [user] = await client.searchUsers({ email: 'me@example.com' });
  expect(user.name).toBe('ann.lee');
  expect(mock.requests).toHaveLength(2);
});

`;

let packs: Awaited<ReturnType<typeof packAll>>;
let project: string;
beforeAll(async () => {
  packs = await packAll();
  project = await install('thoughtspot', packs, await storeClosure('msw', packs.dir));
}, 240_000);
afterAll(() => {
  for (const dir of [packs?.dir, project]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a fresh npm project with @acct/thoughtspot and msw installed from tarballs', () => {
  it('runs its own vitest file: a 403 scenario, then a 500 → 200 retry sequence', async () => {
    expect(installedAcct(project)).toEqual(['core', 'thoughtspot']);
    writeFileSync(join(project, 'scenarios.test.ts'), userTest);
    // The repository's vitest binary runs the project's file (globals on); everything the file imports resolves in the project.
    const { stdout } = await run(process.execPath, [vitest, 'run', '--globals', '--root', project, '--reporter=dot'], {
      cwd: project,
      timeout: 120_000,
      env: { ...process.env, NO_COLOR: '1' },
    }).catch((e: { stdout?: string; stderr?: string }) => ({ stdout: `${e.stdout}\n${e.stderr}` }));
    expect(stdout).toMatch(/Tests\s+2 passed \(2\)/);
  }, 180_000);
});
