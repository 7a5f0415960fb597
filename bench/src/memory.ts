import { execFileSync } from 'node:child_process';
import { startBenchServer } from './serve';

/** Heap and RSS growth of one way of reading every user. */
export interface MemoryRow {
  mode: string;
  users: number;
  peakHeapMB: number;
  liveHeapMB: number;
  peakRssMB: number;
}

/** `searchUsersAll` over 100 000 users in pages vs one `record_size: -1` call, each measured in fresh processes. */
export async function memory(users = 100_000): Promise<MemoryRow[]> {
  const server = await startBenchServer(users);
  const run = (mode: string, measure: string) => {
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', new URL('./memory-run.ts', import.meta.url).pathname, mode, server.url, measure],
      {
        cwd: new URL('..', import.meta.url).pathname,
        encoding: 'utf8',
      },
    );
    return JSON.parse(out.trim().split('\n').at(-1)!) as { users: number; heapGrowthMB: number; rssGrowthMB: number };
  };
  try {
    return (['paged', 'single'] as const).map((mode) => {
      const peak = run(mode, 'peak');
      const live = run(mode, 'live');
      return {
        mode: mode === 'paged' ? 'searchUsersAll, pages of 1 000' : 'searchUsers({ record_size: -1 })',
        users: peak.users,
        peakHeapMB: peak.heapGrowthMB,
        liveHeapMB: live.heapGrowthMB,
        peakRssMB: peak.rssGrowthMB,
      };
    });
  } finally {
    server.close();
  }
}
