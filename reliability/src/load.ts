import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { callOperation, type Exchange, responseParts, revive } from '@acct/harness';
import { pool } from './pool';
import type { Vendor } from './targets';

/** Serves the exchanges' responses from a worker thread; resolves to its URL and a close function. */
async function startLoadServer(exchanges: Exchange[], credentials: Record<string, string>) {
  const routes = exchanges.map(({ request, response }) => ({
    method: request.method,
    path: request.path,
    ...responseParts(response, credentials),
  }));
  const worker = new Worker(new URL('./load-server.mjs', import.meta.url), { workerData: { routes } });
  const [port] = await once(worker, 'message');
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      worker.postMessage('close');
      await once(worker, 'exit');
    },
  };
}

/** Figures of one load run. */
export interface LoadResult {
  vendor: string;
  operation: string;
  calls: number;
  concurrency: number;
  failures: number;
  p50: number;
  p99: number;
  seconds: number;
  openHandlesAfterClose: number;
  heapBeforeMB: number;
  heapAfterMB: number;
}

const sockets = () => process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap' || r === 'TCPServerWrap').length;
const heapMB = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round((process.memoryUsage().heapUsed / 1024 / 1024) * 10) / 10;
};

/** `calls` calls of the vendor's first GET (else idempotent) operation with a body, `concurrency` at a time, against loopback. */
export async function loadRun(vendor: Vendor, calls: number, concurrency: number): Promise<LoadResult> {
  const read = (t: Vendor['targets'][number]) => t.endpoint.idempotent && t.endpoint.response !== undefined;
  const target = vendor.targets.find((t) => read(t) && t.endpoint.method === 'GET') ?? vendor.targets.find(read) ?? vendor.targets[0]!;
  const handlesBefore = sockets();
  const heapBefore = heapMB();
  const server = await startLoadServer([...target.aux, target.main], target.adapter.credentials);
  const client = target.adapter.createClient({
    baseURL: server.url + target.adapter.basePath,
    auth: target.fixture.auth ?? target.adapter.defaultAuth,
    credentials: target.adapter.credentials,
    maxRetries: 0,
    retryDelay: 0,
    maxRetryDelay: 0,
    timeout: 10_000,
  });
  const args = revive(target.fixture.args) as unknown[];
  // Warm up (connections, JIT) before measuring: the first burst of new sockets is slow for raw fetch too.
  const warmup = Math.min(200, Math.ceil(calls / 10));
  await pool(
    Array.from({ length: warmup }, () => () => callOperation(target.adapter, client, target.operation, args).catch(() => undefined)),
    concurrency,
  );
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  await pool(
    Array.from({ length: calls }, () => async () => {
      const t0 = performance.now();
      await callOperation(target.adapter, client, target.operation, args).catch(() => failures++);
      latencies.push(performance.now() - t0);
    }),
    concurrency,
  );
  const seconds = (performance.now() - started) / 1000;
  await server.close();
  await new Promise((r) => setTimeout(r, 50));
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0) * 100) / 100;
  return {
    vendor: vendor.name,
    operation: target.operation,
    calls,
    concurrency,
    failures,
    p50: pct(0.5),
    p99: pct(0.99),
    seconds: Math.round(seconds * 100) / 100,
    openHandlesAfterClose: Math.max(0, sockets() - handlesBefore),
    heapBeforeMB: heapBefore,
    heapAfterMB: heapMB(),
  };
}
