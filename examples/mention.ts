/**
 * Mention quickstart: read your own account.
 * Set MENTION_ACCESS_TOKEN (and optionally MENTION_BASE_URL) and run `npx tsx mention.ts`.
 * Prints one line per call: `✓ call → result`, or `✗ call → error`.
 */
import { createMentionClient, NotFoundError } from '@acct/mention';

const accessToken = process.env.MENTION_ACCESS_TOKEN;
if (!accessToken) throw new Error('set MENTION_ACCESS_TOKEN');
const mention = createMentionClient({
  accessToken,
  ...(process.env.MENTION_BASE_URL ? { baseURL: process.env.MENTION_BASE_URL } : {}),
});

function failed(call: string, error: unknown): void {
  console.log(`✗ ${call} → ${(error as Error).name}: ${(error as Error).message}`);
  process.exitCode = 1;
}

try {
  // `getMe` is how you find your account id; every other account call takes it.
  const me = await mention.getMe();
  console.log(`✓ getMe → ${me.account.id.slice(0, 12)}… ${me.account.name} <${me.account.email}>`);

  // Any field but `id` may be null or absent: read them with a fallback.
  const { account, _links } = await mention.getAccount(me.account.id);
  const self = _links?.self?.href ?? '?';
  console.log(`✓ getAccount → ${account.language_code ?? '?'}, created ${account.created_at ?? '?'}, self ${self.slice(0, 24)}…`);
} catch (error) {
  failed('getMe / getAccount', error);
}

// An id that is not yours (or does not exist): Mention answers with an HTML page, raised as NotFoundError.
try {
  await mention.getAccount('000000_doesnotexist');
  console.log('✗ getAccount (unknown id) → resolved, expected NotFoundError');
  process.exitCode = 1;
} catch (error) {
  if (error instanceof NotFoundError) console.log(`✓ getAccount (unknown id) → NotFoundError ${error.status}: ${error.message}`);
  else failed('getAccount (unknown id)', error);
}
