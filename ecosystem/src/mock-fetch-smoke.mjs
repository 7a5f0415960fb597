// One call per vendor through `createMockFetch` from each package's `./testing` (no server, no
// network), plus one chosen scenario: what a browser or an edge runtime can run.
import { createGlowmarktClient } from '@acct/glowmarkt';
import { createMockFetch as glowmarktFetch } from '@acct/glowmarkt/testing';
import { createIamClient } from '@acct/iam';
import { createMockFetch as iamFetch } from '@acct/iam/testing';
import { createMentionClient } from '@acct/mention';
import { createMockFetch as mentionFetch } from '@acct/mention/testing';
import { createThirdwatchClient } from '@acct/thirdwatch';
import { createMockFetch as thirdwatchFetch } from '@acct/thirdwatch/testing';
import { createThoughtSpotClient } from '@acct/thoughtspot';
import { createMockFetch as thoughtspotFetch } from '@acct/thoughtspot/testing';

const on = (mockFetch) => ({ fetch: mockFetch, baseURL: mockFetch.baseURL });

/** Runs the checks; each result is [name, ok, detail]. */
export async function mockFetchSmoke() {
  const checks = [
    [
      'thirdwatch logout',
      async () => {
        const c = createThirdwatchClient({ apiKey: 'k-test', ...on(thirdwatchFetch()) });
        return (await c.logout({ _userId: 'user-9041', _sessionId: 'sess-5f1c', _customInfo: { reason: 'idle' } })).message === 'Success';
      },
    ],
    [
      'mention getMe',
      async () => (await createMentionClient({ accessToken: 't', ...on(mentionFetch()) }).getMe()).account.name === 'John Smith',
    ],
    [
      'glowmarkt getAccountStatusByUserToken',
      async () => {
        const c = createGlowmarktClient({ applicationId: 'a', token: 'j', ...on(glowmarktFetch()) });
        return (await c.getAccountStatusByUserToken()).status === 'active';
      },
    ],
    ['iam getMyUser', async () => (await createIamClient({ apiKey: 'k', ...on(iamFetch()) }).getMyUser()).user_type === 'Human'],
    [
      'thoughtspot searchUsers, then a chosen 403',
      async () => {
        const mockFetch = thoughtspotFetch();
        const c = createThoughtSpotClient({ token: 't', ...on(mockFetch) });
        const [ann] = await c.searchUsers({ user_identifier: 'ann.lee' });
        mockFetch.use('searchUsers', '403');
        const error = await c.searchUsers({ email: 'someone@example.com' }).catch((e) => e);
        return ann?.display_name === 'Ann Lee' && error?.name === 'PermissionDeniedError';
      },
    ],
  ];
  const results = [];
  for (const [name, check] of checks) {
    try {
      results.push([name, await check(), '']);
    } catch (error) {
      results.push([name, false, `${error?.name}: ${error?.message}`]);
    }
  }
  return results;
}
