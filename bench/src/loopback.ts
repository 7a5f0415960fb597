import { contenders as all } from './contenders';
import { median, round, spread, startBenchServer } from './serve';

/** One contender's figures. */
export interface LoopbackRow {
  contender: string;
  medianMs: number;
  ratio: number;
  /** The middle half of the rounds' ratios (p25–p75). */
  ratioSpread: string;
  calls: number;
  tokenRequests: number;
}

/**
 * Every contender (./contenders: raw fetch up to @acct/thoughtspot, and the vendor SDK) calling
 * `searchUsers` against one loopback server (its own process, 10 users), interleaved in rounds with
 * the order rotated; medians per call, logins made, and ratios to raw fetch: the median over rounds
 * of each round's median against raw fetch's in that round. Rounds are short (50 calls each), so a
 * slow spell of a shared machine weighs on both sides of a ratio.
 */
export async function loopback(rounds = 40, perRound = 50): Promise<LoopbackRow[]> {
  const server = await startBenchServer(10);
  const contenders = all(server.url);
  const times = new Map<string, number[]>(contenders.map(([name]) => [name, []]));
  // Each round's median per contender: the ratio is taken round by round against raw fetch's.
  const perRoundMedians = new Map<string, number[]>(contenders.map(([name]) => [name, []]));
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
        const round: number[] = [];
        for (let i = 0; i < perRound; i++) {
          const t0 = performance.now();
          await call();
          round.push(performance.now() - t0);
        }
        times.get(name)!.push(...round);
        perRoundMedians.get(name)!.push(median(round));
        tokens.set(name, tokens.get(name)! + (await server.stats()).token);
      }
    }
  } finally {
    server.close();
  }
  const raw = perRoundMedians.get('raw fetch')!;
  return contenders.map(([name]) => {
    const m = median(times.get(name)!);
    const ratios = perRoundMedians.get(name)!.map((t, r) => t / raw[r]!);
    return {
      contender: name,
      medianMs: round(m, 3),
      ratio: round(median(ratios)),
      ratioSpread: spread(ratios),
      calls: 50 + rounds * perRound,
      tokenRequests: tokens.get(name)!,
    };
  });
}
