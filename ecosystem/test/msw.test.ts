import { createGlowmarktClient } from '@acct/glowmarkt';
import { createMswHandlers as glowmarkt } from '@acct/glowmarkt/testing/msw';
import { createIamClient } from '@acct/iam';
import { createMswHandlers as iam } from '@acct/iam/testing/msw';
import { createMentionClient } from '@acct/mention';
import { createMswHandlers as mention } from '@acct/mention/testing/msw';
import { createThirdwatchClient } from '@acct/thirdwatch';
import { createMswHandlers as thirdwatch } from '@acct/thirdwatch/testing/msw';
import { createThoughtSpotClient } from '@acct/thoughtspot';
import { createMswHandlers as thoughtspot } from '@acct/thoughtspot/testing/msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

// Each vendor's real client, at its default base URL (ThoughtSpot: a cluster URL), through the
// global fetch that msw intercepts; `onUnhandledRequest: 'error'` proves nothing reaches a network.
const fast = { retryDelay: 1, maxRetryDelay: 5 };
const mocks = {
  thirdwatch: thirdwatch(),
  mention: mention(),
  glowmarkt: glowmarkt(),
  iam: iam(),
  thoughtspot: thoughtspot({ baseURL: 'https://acme.thoughtspot.cloud' }),
};
const cases = [
  {
    vendor: 'thirdwatch',
    op: 'updateAccount',
    error: ['401', 'AuthenticationError'],
    call: () => createThirdwatchClient({ apiKey: 'k', ...fast }).updateAccount({ _userId: 'u1', _firstName: 'Ann' }),
  },
  {
    vendor: 'mention',
    op: 'getMe',
    error: ['401', 'AuthenticationError'],
    call: () => createMentionClient({ accessToken: 't', ...fast }).getMe(),
  },
  {
    vendor: 'glowmarkt',
    op: 'getAccountStatusByUserToken',
    error: ['401', 'AuthenticationError'],
    call: () => createGlowmarktClient({ applicationId: 'a', token: 'j', ...fast }).getAccountStatusByUserToken(),
  },
  {
    vendor: 'iam',
    op: 'getMyUser',
    error: ['401', 'AuthenticationError'],
    call: () => createIamClient({ apiKey: 'k', ...fast }).getMyUser(),
  },
  {
    vendor: 'thoughtspot',
    op: 'searchUsers',
    error: ['403', 'PermissionDeniedError'],
    call: () =>
      createThoughtSpotClient({ baseURL: 'https://acme.thoughtspot.cloud', token: 't', ...fast }).searchUsers({
        email: 'someone@example.com',
      }),
  },
] as const;

const server = setupServer(...Object.values(mocks).flatMap((m) => m.handlers));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  for (const m of Object.values(mocks)) m.reset();
});
afterAll(() => server.close());

describe.each(cases)('msw setupServer: @acct/$vendor/testing/msw with the real client', ({ vendor, op, error, call }) => {
  const mock = mocks[vendor];

  it(`${op}: a named error scenario, then a 503 → 200 sequence the client retries through, then reset`, async () => {
    mock.use(op, error[0]);
    await expect(call()).rejects.toMatchObject({ name: error[1] });
    mock.use(op, [{ status: 503, body: { message: 'busy' } }, '200']);
    const before = mock.requests.length;
    await expect(call()).resolves.toBeTruthy();
    // Two attempts: the 503, then the recorded success.
    expect(mock.requests.length - before).toBe(2);
    expect(mock.problems).toEqual([]);
    mock.reset();
    expect(mock.requests).toEqual([]);
  });
});
