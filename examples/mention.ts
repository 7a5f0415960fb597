/**
 * Mention quickstart: read your own account.
 * Set MENTION_ACCESS_TOKEN (and optionally MENTION_BASE_URL) to run it against the real API.
 */
import { createMentionClient } from '@acct/mention';
import { env, expectError, step } from './report';

const mention = createMentionClient({
  accessToken: env('MENTION_ACCESS_TOKEN'),
  ...(process.env.MENTION_BASE_URL ? { baseURL: process.env.MENTION_BASE_URL } : {}),
});

// `getMe` is how you find your account id; every other account call takes it.
const me = await step(
  'getMe',
  () => mention.getMe(),
  (r) => `${r.account.id.slice(0, 12)}… ${r.account.name} <${r.account.email}>`,
);
if (me) {
  await step(
    'getAccount',
    () => mention.getAccount(me.account.id),
    (r) => `${r.account.language_code ?? '?'}, created ${r.account.created_at ?? '?'}, self ${r._links?.self?.href?.slice(0, 24) ?? '?'}…`,
  );
}
await expectError('getAccount (unknown id)', () => mention.getAccount('000000_doesnotexist'), 'NotFoundError');
