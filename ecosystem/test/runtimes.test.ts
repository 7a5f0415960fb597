import { createMockServer as glowmarkt } from '@acct/glowmarkt/testing';
import { createMockServer as iam } from '@acct/iam/testing';
import { createMockServer as mention } from '@acct/mention/testing';
import { createMockServer as thirdwatch } from '@acct/thirdwatch/testing';
import { createMockServer as thoughtspot } from '@acct/thoughtspot/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureChromium, runtimes } from '../src/runtimes';

const starts = { thirdwatch, mention, glowmarkt, iam, thoughtspot };
const servers: Awaited<ReturnType<typeof thirdwatch>>[] = [];
const urls: Record<string, string> = {};

beforeAll(async () => {
  for (const [vendor, start] of Object.entries(starts)) {
    const server = await start();
    servers.push(server);
    urls[vendor] = server.baseURL;
  }
  await ensureChromium();
}, 600_000);
afterAll(() => Promise.all(servers.map((s) => s.close())));

describe('runtime matrix: the built packages against their mock servers', () => {
  it.each(runtimes.map((r) => [r.name, r] as const))('%s', async (_name, runtime) => {
    const results = await runtime.run(urls);
    const passed = results.filter(([, ok]) => ok).length;
    console.log(`${runtime.name}: ${passed}/${results.length} checks passed`);
    expect(results.filter(([, ok]) => !ok)).toEqual([]);
    expect(results.length).toBe(7);
    expect(servers.flatMap((s) => s.problems)).toEqual([]);
  });
});
