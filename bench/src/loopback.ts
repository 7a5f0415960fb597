import { createThoughtSpotClient } from '@acct/thoughtspot';
import { createBearerAuthenticationConfig, UsersApi } from '@thoughtspot/rest-api-sdk';
import { median, round, startBenchServer } from './serve';

/** One contender's figures. */
export interface LoopbackRow {
  contender: string;
  medianMs: number;
  ratio: number;
  calls: number;
  tokenRequests: number;
}

const filter = { record_size: 10, account_status: 'ACTIVE' } as const;

/**
 * Raw fetch, @acct/thoughtspot and the vendor SDK calling `searchUsers` against one loopback
 * server (its own process, 10 users), interleaved in rounds; medians per call and ratios to raw fetch.
 */
export async function loopback(rounds = 10, perRound = 200): Promise<LoopbackRow[]> {
  const server = await startBenchServer(10);
  const token = 'static-bench-token';
  const login = { username: 'bench', password: 'bench-password' };
  const acctToken = createThoughtSpotClient({ baseURL: server.url, token });
  const acctPassword = createThoughtSpotClient({ baseURL: server.url, ...login });
  const sdkToken = new UsersApi(createBearerAuthenticationConfig(server.url, () => Promise.resolve(token)));
  const sdkPassword = new UsersApi(createBearerAuthenticationConfig(server.url, login));
  const contenders: [string, () => Promise<unknown>][] = [
    [
      'raw fetch',
      async () => {
        const res = await fetch(`${server.url}/api/rest/2.0/users/search`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(filter),
        });
        if (!res.ok) throw new Error(String(res.status));
        return res.json();
      },
    ],
    ['@acct/thoughtspot (token)', () => acctToken.searchUsers(filter)],
    ['@acct/thoughtspot (username/password)', () => acctPassword.searchUsers(filter)],
    ['@thoughtspot/rest-api-sdk (token function)', () => sdkToken.searchUsers(filter)],
    ['@thoughtspot/rest-api-sdk (username/password)', () => sdkPassword.searchUsers(filter)],
  ];
  const times = new Map<string, number[]>(contenders.map(([name]) => [name, []]));
  const tokens = new Map<string, number>(contenders.map(([name]) => [name, 0]));
  try {
    for (const [name, call] of contenders) {
      await server.reset();
      for (let i = 0; i < 50; i++) await call(); // warm-up (a login counts too)
      tokens.set(name, (await server.stats()).token);
    }
    for (let r = 0; r < rounds; r++) {
      // Rotate the order every round so no contender always runs first.
      for (let c = 0; c < contenders.length; c++) {
        const [name, call] = contenders[(c + r) % contenders.length]!;
        await server.reset();
        for (let i = 0; i < perRound; i++) {
          const t0 = performance.now();
          await call();
          times.get(name)!.push(performance.now() - t0);
        }
        tokens.set(name, tokens.get(name)! + (await server.stats()).token);
      }
    }
  } finally {
    server.close();
  }
  const raw = median(times.get('raw fetch')!);
  return contenders.map(([name]) => {
    const m = median(times.get(name)!);
    return {
      contender: name,
      medianMs: round(m, 3),
      ratio: round(m / raw),
      calls: 50 + rounds * perRound,
      tokenRequests: tokens.get(name)!,
    };
  });
}
