import { createGlowmarktClient } from '@acct/glowmarkt';
import { createIamClient } from '@acct/iam';
import { createMentionClient } from '@acct/mention';
import { createThirdwatchClient } from '@acct/thirdwatch';
import { createThoughtSpotClient } from '@acct/thoughtspot';
import { median, round, spread, withTimeout } from './serve';

/** One package's typical call against raw fetch, both on the same stub fetch. */
export interface OverheadRow {
  package: string;
  call: string;
  rawOps: number;
  sdkOps: number;
  ratio: number;
  /** The middle half of the rounds' ratios (p25–p75). */
  ratioSpread: string;
  /** Raw fetch with a new AbortController and timer per call, as a ratio to raw fetch: what any timeout costs. */
  signalRatio: number;
  /**
   * The same with its headers in a `Headers` built per call, as a ratio to raw fetch: the least any
   * client pays that has a timeout and hands fetch (and a user's wrapper) a `Headers`, as core does.
   */
  floorRatio: number;
}

type Stub = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
const stubOf = (body: unknown, status = 200): Stub => {
  const text = JSON.stringify(body);
  return async () => new Response(text, { status, headers: { 'content-type': 'application/json' } });
};

const tsUser = { id: 'u1', name: 'ann', display_name: 'Ann', visibility: 'SHARABLE', account_status: 'ACTIVE' };
const mentionAccount = { account: { id: 'a1', name: 'Ann', email: 'ann@example.com' }, _links: { self: { href: '/api/accounts/a1' } } };
const glowStatus = { accountId: 'a1', applicationId: 'app', status: 'active', active: true };
const iamUser = { user_type: 'Human', id: 'u1', first_name: 'Ann' };

/** Each package's typical call: the stub's body, the call, and the same request written with raw fetch. */
function cases(): {
  pkg: string;
  call: string;
  stub: Stub;
  sdk: (fetch: Stub) => () => Promise<unknown>;
  raw: (fetch: Stub, signal?: AbortSignal, asHeaders?: boolean) => Promise<unknown>;
}[] {
  const json = (fetch: Stub, url: string, init: RequestInit, signal?: AbortSignal, asHeaders?: boolean) =>
    fetch(url, !signal ? init : asHeaders ? { ...init, signal, headers: new Headers(init.headers) } : { ...init, signal }).then((r) =>
      r.json(),
    );
  return [
    {
      pkg: '@acct/thoughtspot',
      call: 'searchUsers',
      stub: stubOf([tsUser]),
      sdk: (fetch) => {
        const c = createThoughtSpotClient({ baseURL: 'https://ts.example', token: 'tok-1234', fetch });
        return () => c.searchUsers({ record_size: 10 });
      },
      raw: (fetch, signal, asHeaders) =>
        json(
          fetch,
          'https://ts.example/api/rest/2.0/users/search',
          {
            method: 'POST',
            headers: { authorization: 'Bearer tok-1234', 'content-type': 'application/json' },
            body: JSON.stringify({ record_size: 10 }),
          },
          signal,
          asHeaders,
        ),
    },
    {
      pkg: '@acct/mention',
      call: 'getMe',
      stub: stubOf(mentionAccount),
      sdk: (fetch) => {
        const c = createMentionClient({ accessToken: 'tok-1234', fetch });
        return () => c.getMe();
      },
      raw: (fetch, signal, asHeaders) =>
        json(
          fetch,
          'https://api.mention.net/api/accounts/me',
          { headers: { authorization: 'Bearer tok-1234', 'accept-version': '1.19' } },
          signal,
          asHeaders,
        ),
    },
    {
      pkg: '@acct/glowmarkt',
      call: 'getAccountStatusByUserToken',
      stub: stubOf(glowStatus),
      sdk: (fetch) => {
        const c = createGlowmarktClient({ applicationId: 'app-1234', token: 'jwt-1234', fetch });
        return () => c.getAccountStatusByUserToken();
      },
      raw: (fetch, signal, asHeaders) =>
        json(
          fetch,
          'https://api.glowmarkt.com/api/v0-1/account/status',
          { headers: { applicationId: 'app-1234', token: 'jwt-1234' } },
          signal,
          asHeaders,
        ),
    },
    {
      pkg: '@acct/iam',
      call: 'getMyUser',
      stub: stubOf(iamUser),
      sdk: (fetch) => {
        const c = createIamClient({ apiKey: 'key-1234', fetch });
        return () => c.getMyUser();
      },
      raw: (fetch, signal, asHeaders) =>
        json(fetch, 'https://api.eazyrent.fr/iam/v1/users/me/', { headers: { authorization: 'Token key-1234' } }, signal, asHeaders),
    },
    {
      pkg: '@acct/thirdwatch',
      call: 'login',
      stub: stubOf({ message: 'Success' }),
      sdk: (fetch) => {
        const c = createThirdwatchClient({ apiKey: 'key-1234', fetch });
        return () => c.login({ _userId: 'u1', _loginStatus: '_success' });
      },
      raw: (fetch, signal, asHeaders) =>
        json(
          fetch,
          'https://api.thirdwatch.ai/event/v1/login',
          {
            method: 'POST',
            headers: { 'x-thirdwatch-api-key': 'key-1234', 'content-type': 'application/json' },
            body: JSON.stringify({ _userId: 'u1', _loginStatus: '_success' }),
          },
          signal,
          asHeaders,
        ),
    },
  ];
}

async function opsPerSecond(fn: () => Promise<unknown>, ms: number): Promise<number> {
  let n = 0;
  const end = performance.now() + ms;
  const start = performance.now();
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) await fn();
    n += 100;
  }
  return n / ((performance.now() - start) / 1000);
}

// A balanced Latin square of the four (raw, package, signalled, floor): over four rounds each one
// runs once in every position and right after each other one once, so what a function leaves
// behind (garbage, a cold cache) weighs on all of them alike.
const ORDERS = [
  [0, 1, 3, 2],
  [1, 2, 0, 3],
  [2, 3, 1, 0],
  [3, 0, 2, 1],
] as const;

/**
 * Client overhead with a stub fetch (the method openapi-fetch's benchmark uses): ops/s, interleaved.
 * Each round times raw fetch, the package, raw fetch with an AbortController and timer per call
 * (what a per-call timeout costs the caller; the stub never reads the signal, so fetch's own abort
 * wiring is not in it), and the same with a `Headers` built per call (the floor of a client with a
 * timeout that hands fetch a `Headers`) back to back, in the orders above (rounds: a multiple of 4),
 * and each ratio is the median of the rounds' ratios: a slow spell on a shared machine hits all
 * sides of a round.
 */
export async function overhead(rounds = 20, ms = 200): Promise<OverheadRow[]> {
  const rows: OverheadRow[] = [];
  for (const c of cases()) {
    const sdk = c.sdk(c.stub);
    const raw = () => c.raw(c.stub);
    // Raw fetch with a timeout's AbortController and timer per call, then with a Headers too.
    const signalled = withTimeout((signal) => c.raw(c.stub, signal));
    const floor = withTimeout((signal) => c.raw(c.stub, signal, true));
    const fns = [raw, sdk, signalled, floor];
    for (const fn of fns) await opsPerSecond(fn, 200);
    const ops: number[][] = fns.map(() => []);
    const ratios: number[] = [];
    const signalRatios: number[] = [];
    const floorRatios: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const inRound: number[] = [];
      for (const k of ORDERS[r % ORDERS.length]!) inRound[k] = await opsPerSecond(fns[k]!, ms);
      for (let k = 0; k < fns.length; k++) ops[k]!.push(inRound[k]!);
      ratios.push(inRound[1]! / inRound[0]!);
      signalRatios.push(inRound[2]! / inRound[0]!);
      floorRatios.push(inRound[3]! / inRound[0]!);
    }
    rows.push({
      package: c.pkg,
      call: c.call,
      rawOps: Math.round(median(ops[0]!)),
      sdkOps: Math.round(median(ops[1]!)),
      ratio: round(median(ratios)),
      ratioSpread: spread(ratios),
      signalRatio: round(median(signalRatios)),
      floorRatio: round(median(floorRatios)),
    });
  }
  return rows;
}
