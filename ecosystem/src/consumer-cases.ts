import type { VENDORS } from './consumer';

/** Per vendor: the client factory, one call against the package's own mock, and what it must give. */
interface Case {
  factory: string;
  options: string;
  call: string;
  check: string;
  /** A consumer file that must typecheck, with an `@ts-expect-error` proving the types are real. */
  types: string;
}

export const CASES: Record<(typeof VENDORS)[number], Case> = {
  thirdwatch: {
    factory: 'createThirdwatchClient',
    options: "{ apiKey: 'k-test', baseURL: server.baseURL }",
    call: "client.logout({ _userId: 'user-9041', _sessionId: 'sess-5f1c', _customInfo: { reason: 'idle' } })",
    check: "result.message === 'Success'",
    types: `import { createThirdwatchClient, RateLimitError, type ThirdwatchEventResponse } from '@acct/thirdwatch';
const tw = createThirdwatchClient({ apiKey: 'k' });
export async function f(): Promise<string> {
  const r: ThirdwatchEventResponse = await tw.updateAccount({ _userID: 'u1', _gender: '_female' });
  try { await tw.login({ _userId: 'u1' }); } catch (e) { if (e instanceof RateLimitError) return String(e.retryAfter); }
  // @ts-expect-error — the gender enum is open (any '_…' string) but still a string
  await tw.updateAccount({ _userId: 'u1', _gender: 42 });
  return r.message ?? '';
}`,
  },
  mention: {
    factory: 'createMentionClient',
    options: "{ accessToken: 't-test', baseURL: server.baseURL }",
    call: 'client.getMe()',
    check: "result.account.name === 'John Smith'",
    types: `import { createMentionClient, NotFoundError } from '@acct/mention';
const m = createMentionClient({ accessToken: 't' });
export async function f(): Promise<string> {
  const { account } = await m.getMe();
  try { await m.getAccount(account.id); } catch (e) { if (e instanceof NotFoundError) return String(e.status); }
  // @ts-expect-error — client is not updatable
  await m.updateAccount(account.id, { client: 'x' });
  return account.email ?? '';
}`,
  },
  glowmarkt: {
    factory: 'createGlowmarktClient',
    options: "{ applicationId: 'a-test', token: 'j-test', baseURL: server.baseURL }",
    call: 'client.getAccountStatusByUserToken()',
    check: "result.status === 'active'",
    types: `import { AuthenticationError, createGlowmarktClient } from '@acct/glowmarkt';
const g = createGlowmarktClient({ applicationId: 'a', username: 'u', password: 'p' });
export async function f(): Promise<string | undefined> {
  const s = await g.authenticate();
  try { await g.changePassword({ oldPassword: 'a', newPassword: 'b' }); } catch (e) { if (e instanceof AuthenticationError) return e.url; }
  // @ts-expect-error — a token and a password login cannot be mixed
  createGlowmarktClient({ applicationId: 'a', token: 't', username: 'u', password: 'p' });
  return s.accountId ?? undefined;
}`,
  },
  iam: {
    factory: 'createIamClient',
    options: "{ apiKey: 'k-test', baseURL: server.baseURL }",
    call: 'client.getMyUser()',
    check: "result.user_type === 'Human'",
    types: `import { createIamClient, UnprocessableEntityError } from '@acct/iam';
const iam = createIamClient({ apiKey: 'k' });
export async function f(): Promise<string | undefined> {
  const me = await iam.getMyUser();
  try { await iam.createProfileAvatar(new Uint8Array([1]), { filename: 'a.png' }); } catch (e) { if (e instanceof UnprocessableEntityError) return e.message; }
  // @ts-expect-error — the confirmation is required
  await iam.changeMyPassword({ current_password: 'a', new_password: 'b' });
  return me.user_type === 'Human' ? (me.first_name ?? undefined) : (me.name ?? undefined);
}`,
  },
  thoughtspot: {
    factory: 'createThoughtSpotClient',
    options: "{ baseURL: server.baseURL, username: 'u-test', password: 'p-test' }",
    call: "client.searchUsers({ user_identifier: 'ann.lee' })",
    check: "result[0].display_name === 'Ann Lee'",
    types: `import { BadRequestError, createThoughtSpotClient } from '@acct/thoughtspot';
const ts = createThoughtSpotClient({ baseURL: 'https://x.thoughtspot.cloud', token: 't' });
export async function f(): Promise<number> {
  let n = 0;
  for await (const user of ts.searchUsersAll({ account_status: 'ACTIVE' }, { pageSize: 50 })) n += user.name.length;
  try { await ts.deleteUser('ann'); } catch (e) { if (e instanceof BadRequestError) return e.status; }
  // @ts-expect-error — account_status is an enum
  await ts.searchUsers({ account_status: 'SLEEPING' });
  return n;
}`,
  },
};

/** The quickstart as an ES module, as a consumer would write it. */
export const esm = (vendor: string, c: Case) => `import { ${c.factory} } from '@acct/${vendor}';
import { createMockServer } from '@acct/${vendor}/testing';
const server = await createMockServer();
const client = ${c.factory}(${c.options});
const result = await ${c.call};
console.log(JSON.stringify({ ok: ${c.check}, problems: server.problems }));
await server.close();
`;

/** The same quickstart through require(). */
export const cjs = (vendor: string, c: Case) => `const { ${c.factory} } = require('@acct/${vendor}');
const { createMockServer } = require('@acct/${vendor}/testing');
(async () => {
  const server = await createMockServer();
  const client = ${c.factory}(${c.options});
  const result = await ${c.call};
  console.log(JSON.stringify({ ok: ${c.check}, problems: server.problems }));
  await server.close();
})();
`;
