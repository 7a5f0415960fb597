/**
 * Thirdwatch quickstart: record account events.
 * Set THIRDWATCH_API_KEY (and optionally THIRDWATCH_BASE_URL) to run it against the real API.
 */
import { createThirdwatchClient } from '@acct/thirdwatch';
import { env, expectError, step } from './report';

const thirdwatch = createThirdwatchClient({
  apiKey: env('THIRDWATCH_API_KEY'),
  ...(process.env.THIRDWATCH_BASE_URL ? { baseURL: process.env.THIRDWATCH_BASE_URL } : {}),
});

await step(
  'createAccount',
  () =>
    thirdwatch.createAccount({
      _userId: 'user-9042',
      _sessionId: 'sess-77aa',
      _userEmail: 'bo@example.com',
      _socialSignOnType: '_google',
      _originTimestamp: '1700000000123',
      _referralCode: 'FRIEND5',
    }),
  (r) => r.message ?? '(no message)',
);
// The vendor doc's `_userID` spelling works too; it is sent as `_userId`.
await step(
  'updateAccount',
  () => thirdwatch.updateAccount({ _userID: 'user-9041', _userEmail: 'ann.lee@example.com' }),
  (r) => r.message ?? '(no message)',
);
await step(
  'login',
  () =>
    thirdwatch.login({
      _userId: 'user-9041',
      _sessionId: 'sess-5f1c',
      _deviceIp: '198.51.100.4',
      _loginStatus: '_failure',
      _originTimestamp: new Date('2023-11-14T22:13:20.000Z'),
    }),
  (r) => r.message ?? '(no message)',
);
await step(
  'linkSessionToUser',
  () => thirdwatch.linkSessionToUser({ _userId: 'user-9041', _sessionId: 'guest-sess-31' }),
  (r) => r.message ?? '(no message)',
);
await step(
  'logout',
  () => thirdwatch.logout({ _userId: 'user-9041', _sessionId: 'sess-5f1c', _customInfo: { reason: 'idle' } }),
  (r) => r.message ?? '(no message)',
);
await expectError(
  'updateAccount (bad email)',
  () => thirdwatch.updateAccount({ _userId: 'user-9041', _userEmail: 'not-an-email' }),
  'BadRequestError',
);
