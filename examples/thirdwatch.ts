/**
 * Thirdwatch quickstart: record a user's account events.
 * Set THIRDWATCH_API_KEY (and optionally THIRDWATCH_BASE_URL) and run `npx tsx thirdwatch.ts`.
 * Prints one line per call: `✓ call → answer`, or `✗ call → error`.
 */
import { BadRequestError, createThirdwatchClient, type ThirdwatchEventResponse } from '@acct/thirdwatch';

const apiKey = process.env.THIRDWATCH_API_KEY;
if (!apiKey) throw new Error('set THIRDWATCH_API_KEY');
const thirdwatch = createThirdwatchClient({
  apiKey,
  ...(process.env.THIRDWATCH_BASE_URL ? { baseURL: process.env.THIRDWATCH_BASE_URL } : {}),
});

async function record(call: string, send: () => Promise<ThirdwatchEventResponse>): Promise<void> {
  try {
    const { message } = await send();
    console.log(`✓ ${call} → ${message ?? '(no message)'}`); // Thirdwatch may answer without a message
  } catch (error) {
    console.log(`✗ ${call} → ${(error as Error).name}: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

await record('createAccount', () =>
  thirdwatch.createAccount({
    _userId: 'user-9042',
    _sessionId: 'sess-77aa',
    _userEmail: 'bo@example.com',
    _socialSignOnType: '_google',
    _originTimestamp: '1700000000123',
    _referralCode: 'FRIEND5',
  }),
);
// The vendor doc's `_userID` spelling works too; it is sent as `_userId`.
await record('updateAccount', () => thirdwatch.updateAccount({ _userID: 'user-9041', _userEmail: 'ann.lee@example.com' }));
await record('login', () =>
  thirdwatch.login({
    _userId: 'user-9041',
    _sessionId: 'sess-5f1c',
    _deviceIp: '198.51.100.4',
    _loginStatus: '_failure',
    _originTimestamp: new Date('2023-11-14T22:13:20.000Z'),
  }),
);
await record('linkSessionToUser', () => thirdwatch.linkSessionToUser({ _userId: 'user-9041', _sessionId: 'guest-sess-31' }));
await record('logout', () => thirdwatch.logout({ _userId: 'user-9041', _sessionId: 'sess-5f1c', _customInfo: { reason: 'idle' } }));

// Thirdwatch refuses this email: the error is a BadRequestError carrying Thirdwatch's message.
try {
  await thirdwatch.updateAccount({ _userId: 'user-9041', _userEmail: 'not-an-email' });
  console.log('✗ updateAccount (bad email) → resolved, expected BadRequestError');
  process.exitCode = 1;
} catch (error) {
  const expected = error instanceof BadRequestError;
  console.log(`${expected ? '✓' : '✗'} updateAccount (bad email) → ${(error as Error).name}: ${(error as Error).message}`);
  if (!expected) process.exitCode = 1;
}
