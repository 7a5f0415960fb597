/**
 * Child process of the hostile suite: huge bodies (declared, streamed, gzip bomb) and pathological
 * error bodies, on every vendor and operation. A regression that kills the process (V8 fatal
 * error on a string past 2 GiB) or freezes it fails the parent's check instead of the suite.
 * Usage: node --expose-gc --import tsx hostile-child.ts '{"size":…,"limit":…}'; prints one JSON line.
 */
import { callOperation, revive } from '@acct/harness';
import { type Block, gzipBomb, heartbeat, maxBlock, pathologicalBodies, rssSampler } from './hostile-bodies';
import { startHostileServer, streamBody } from './hostile-server';
import { loadVendors, suiteOptions, type Target } from './targets';

/** What the child measured; `problems` lists every case that did not end as it must. */
export interface ChildReport {
  size: number;
  limit: number;
  hugeCases: number;
  pathologicalCases: number;
  /** Peak RSS growth during the huge bodies, in MiB. */
  rssGrowthMB: number;
  /** Longest event-loop block while errors were built from pathological bodies. */
  longestBlock: Block;
  /** The same, per pathological body. */
  blockByBody: Record<string, Block>;
  /** Longest event-loop block while huge bodies were refused. */
  longestBlockHuge: Block;
  problems: string[];
}

const { size, limit, only } = JSON.parse(process.argv[2] ?? '{}') as { size: number; limit: number; only?: string[] };
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const targets = (await loadVendors(only)).flatMap((v) => v.targets);
const bomb = await gzipBomb(size);
const chunk = Buffer.alloc(64 * 1024, 'a');
const problems: string[] = [];

type Behave = Parameters<typeof startHostileServer>[2];
const huge: { name: string; behave: Behave }[] = [
  {
    name: 'declared',
    behave: (res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(size) });
      void streamBody(res, size, chunk);
    },
  },
  {
    name: 'streamed',
    behave: (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      void streamBody(res, size, chunk);
    },
  },
  {
    name: 'gzip bomb',
    behave: (res) => void res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(bomb),
  },
];

async function call(target: Target, behave: Behave): Promise<Error | undefined> {
  const server = await startHostileServer(target, target.adapter.credentials, behave);
  try {
    const client = target.adapter.createClient({
      baseURL: server.url + target.adapter.basePath,
      auth: target.fixture.auth ?? target.adapter.defaultAuth,
      credentials: target.adapter.credentials,
      ...suiteOptions,
      maxRetries: 0,
      timeout: 10_000,
      ...({ maxResponseBytes: limit } as object),
    });
    return await callOperation(target.adapter, client, target.operation, revive(target.fixture.args) as unknown[]).then(
      () => undefined,
      (e: Error) => e,
    );
  } finally {
    await server.close();
  }
}

async function refuseHuge(t: Target, h: (typeof huge)[number]) {
  const error = await call(t, h.behave);
  if (error?.name !== 'ResponseTooLargeError')
    problems.push(`${t.vendor} ${t.operation} / ${h.name} body: ended in ${error ? `${error.name} (${error.message})` : 'success'}`);
}

// Pass 1, memory: one unmeasured warm-up call per kind (compiling a code path is not the body's cost),
// then a full GC between calls, so the peak is what one call holds.
for (const h of huge) if (targets[0]) await refuseHuge(targets[0], h);
gc();
const baseline = process.memoryUsage.rss();
const rss = rssSampler(baseline);
for (const t of targets) {
  for (const h of huge) {
    await refuseHuge(t, h);
    gc();
  }
}
const rssGrowthMB = rss.stop();

// Pass 2, event loop: the same calls without forced GCs (a forced GC is itself a block).
const hugeBeat = heartbeat();
for (const t of targets) for (const h of huge) await refuseHuge(t, h);
const longestBlockHuge = hugeBeat.stop();

const bodies = pathologicalBodies.map((b) => ({ ...b, text: b.body() }));
async function pathological(t: Target, b: (typeof bodies)[number]) {
  const error = await call(t, (res) => void res.writeHead(400, { 'content-type': b.type }).end(b.text));
  const where = `${t.vendor} ${t.operation} / ${b.name}`;
  if (!error || error.name === 'Error' || error.name === 'TypeError' || error.name === 'RangeError') {
    problems.push(`${where}: ended in ${error ? `an untyped ${error.name}` : 'success'}`);
    return;
  }
  if ([...error.message].some((c) => c.charCodeAt(0) < 32)) problems.push(`${where}: the message has control characters`);
  if (error.message.length > 1_000) problems.push(`${where}: the message has ${error.message.length} characters`);
  if ((error as { body?: { isAdmin?: unknown } }).body?.isAdmin !== undefined) problems.push(`${where}: error.body was re-parented`);
}
// One unmeasured warm-up call per body (the first call of a code path includes its compilation).
for (const b of bodies) if (targets[0]) await pathological(targets[0], b);
gc();
const blockByBody: Record<string, Block> = {};
for (const b of bodies) {
  const beat = heartbeat();
  for (const t of targets) await pathological(t, b);
  blockByBody[b.name] = beat.stop();
}
const longestBlock = Object.values(blockByBody).reduce(maxBlock, { wallMs: 0, cpuMs: 0 });

const report: ChildReport = {
  size,
  limit,
  hugeCases: targets.length * huge.length,
  pathologicalCases: targets.length * bodies.length,
  rssGrowthMB,
  longestBlock,
  blockByBody,
  longestBlockHuge,
  problems,
};
process.stdout.write(`${JSON.stringify(report)}\n`);
process.exit(0);
