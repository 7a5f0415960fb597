import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;

/** Per vendor: a call missing a required field and the request type its error must name; a result whose declared type must be named. */
export const TYPE_CASES: Record<string, { setup: string; missing: string; requestType: string; result: string; resultType: string }> = {
  thoughtspot: {
    setup:
      "import { createThoughtSpotClient } from '@acct/thoughtspot';\nconst c = createThoughtSpotClient({ baseURL: 'https://x.thoughtspot.cloud', token: 't' });",
    missing: "c.createUser({ name: 'ann', display_name: 'Ann' })",
    requestType: 'CreateUserRequest',
    result: "await c.searchUsers({ name_pattern: 'ann' })",
    resultType: 'ThoughtSpotUser[]',
  },
  glowmarkt: {
    setup:
      "import { createGlowmarktClient } from '@acct/glowmarkt';\nconst c = createGlowmarktClient({ applicationId: 'a', username: 'u', password: 'p' });",
    missing: "c.addAccount({ username: 'scotty' })",
    requestType: 'GlowmarktAddAccountRequest',
    result: "await c.getAccountById('a1')",
    resultType: 'GlowmarktAccount',
  },
  iam: {
    setup: "import { createIamClient } from '@acct/iam';\nconst c = createIamClient({ apiKey: 'k' });",
    missing: "c.changeMyPassword({ current_password: 'a', new_password: 'b' })",
    requestType: 'IamChangePasswordBody',
    result: "await c.partialUpdateMyUser({ first_name: 'Ann' })",
    resultType: 'IamUser',
  },
  mention: {
    setup: "import { createMentionClient } from '@acct/mention';\nconst c = createMentionClient({ accessToken: 't' });",
    missing: "c.createAccount({ name: 'Ann', email: 'ann@example.com', language_code: 'en' })",
    requestType: 'MentionCreateAccountRequest',
    result: 'await c.getMe()',
    resultType: 'MentionAccountResponse',
  },
  thirdwatch: {
    setup: "import { createThirdwatchClient } from '@acct/thirdwatch';\nconst c = createThirdwatchClient({ apiKey: 'k' });",
    missing: "c.createAccount({ _userEmail: 'ann@example.com' })",
    requestType: 'ThirdwatchAccountRequest',
    result: "await c.logout({ _userId: 'u1' })",
    resultType: 'ThirdwatchEventResponse',
  },
};

/** The compiler's own words on a consumer file: its diagnostics, and the declaration it emits (what a hover shows). */
export async function compile(project: string, name: string, source: string): Promise<{ errors: string; declaration: string }> {
  const dir = join(project, `types-${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.ts'), source);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  const compilerOptions = {
    module: 'node16',
    moduleResolution: 'node16',
    target: 'es2022',
    strict: true,
    lib: ['es2022', 'dom'],
    types: [],
  };
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { ...compilerOptions, declaration: true, emitDeclarationOnly: true, outDir: 'out', noErrorTruncation: false },
      files: ['index.ts'],
    }),
  );
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const errors = await run(process.execPath, [tsc, '-p', dir], { cwd: dir }).then(
    (r) => r.stdout.trim(),
    (e: { stdout?: string }) => e.stdout?.trim() ?? 'tsc failed',
  );
  let declaration = '';
  try {
    declaration = readFileSync(join(dir, 'out/index.d.ts'), 'utf8');
  } catch {
    // No declaration when the source has errors that stop emit.
  }
  return { errors, declaration };
}
