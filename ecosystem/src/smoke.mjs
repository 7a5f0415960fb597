// The runtime matrix's scenario: plain JavaScript and `fetch` only, so Node, Bun, Deno, an edge
// runtime and a browser all run the same code. Each vendor client calls its mock server; every
// check returns [name, ok, detail].
import { createGlowmarktClient } from '@acct/glowmarkt';
import { createIamClient } from '@acct/iam';
import { createMentionClient, NotFoundError } from '@acct/mention';
import { createThirdwatchClient } from '@acct/thirdwatch';
import { createThoughtSpotClient } from '@acct/thoughtspot';

/** Runs every check against `urls` (vendor → base URL of its mock) and resolves to the results. */
export async function smoke(urls) {
  const checks = [
    [
      'thirdwatch logout',
      async () =>
        (
          await createThirdwatchClient({ apiKey: 'k-test', baseURL: urls.thirdwatch }).logout({
            _userId: 'user-9041',
            _sessionId: 'sess-5f1c',
            _customInfo: { reason: 'idle' },
          })
        ).message === 'Success',
    ],
    [
      'mention getMe',
      async () => (await createMentionClient({ accessToken: 't-test', baseURL: urls.mention }).getMe()).account.name === 'John Smith',
    ],
    [
      'mention NotFoundError',
      async () => {
        const error = await createMentionClient({ accessToken: 't-test', baseURL: urls.mention })
          .getAccount('000000_doesnotexist')
          .catch((e) => e);
        return error instanceof NotFoundError && error.status === 404;
      },
    ],
    [
      'glowmarkt account status',
      async () =>
        (await createGlowmarktClient({ applicationId: 'a-test', token: 'j-test', baseURL: urls.glowmarkt }).getAccountStatusByUserToken())
          .status === 'active',
    ],
    ['iam getMyUser', async () => (await createIamClient({ apiKey: 'k-test', baseURL: urls.iam }).getMyUser()).user_type === 'Human'],
    ['iam deleteMyUser (410)', async () => (await createIamClient({ apiKey: 'k-test', baseURL: urls.iam }).deleteMyUser()) === undefined],
    [
      'thoughtspot login + searchUsers',
      async () => {
        const ts = createThoughtSpotClient({ baseURL: urls.thoughtspot, username: 'u-test', password: 'p-test' });
        const [ann] = await ts.searchUsers({ user_identifier: 'ann.lee' });
        return ann?.display_name === 'Ann Lee';
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
