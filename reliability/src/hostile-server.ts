import type { ServerResponse } from 'node:http';
import { compare, type ReceivedRequest, respond, startServer, type TestServer } from '@acct/harness';
import type { Target } from './targets';

/** Where a followed same-origin redirect lands: answers the operation's success to ANY method, so a method change would show. */
export const HOP_PATH = '/__hop';

/** What the hostile server does with the operation's first request (`ok` sends the fixture's success). */
export type HostileBehaviour = (res: ServerResponse, ok: () => void, req: ReceivedRequest, origin: string) => void | Promise<void>;

/** A loopback server playing a vendor whose operation misbehaves once, then answers normally. */
export interface HostileServer extends TestServer {
  /** Requests of the operation under test. */
  main: ReceivedRequest[];
  /** Requests that followed a redirect to `HOP_PATH`. */
  hops: ReceivedRequest[];
}

/** Starts the hostile server for `target`; the fixture's other exchanges (a login) answer normally. */
export async function startHostileServer(
  target: Target,
  credentials: Record<string, string>,
  behave: HostileBehaviour,
): Promise<HostileServer> {
  const main: ReceivedRequest[] = [];
  const hops: ReceivedRequest[] = [];
  const source = { credentials };
  const ok = (res: ServerResponse) => () => respond(res, target.main.response, credentials);
  let origin = '';
  const server = await startServer(async (req, res) => {
    if (req.path.startsWith(HOP_PATH)) {
      hops.push(req);
      return ok(res)();
    }
    if (req.method === target.main.request.method && req.path === target.main.request.path) {
      main.push(req);
      return main.length === 1 ? behave(res, ok(res), req, origin) : ok(res)();
    }
    for (const e of target.aux) if ((await compare(e.request, req, source)).length === 0) return respond(res, e.response, credentials);
    res.writeHead(599, { 'content-type': 'text/plain' }).end(`hostile server: unexpected ${req.method} ${req.path}`);
  });
  origin = server.url;
  return { ...server, main, hops };
}

/** How many credential values (those of 4+ characters) appear in the headers, query or body of `requests`. */
export function credentialsIn(requests: ReceivedRequest[], credentials: Record<string, string>): number {
  const secrets = Object.values(credentials).filter((v) => v.length >= 4);
  let seen = 0;
  for (const r of requests) {
    const text = `${JSON.stringify(r.headers)} ${JSON.stringify(r.query)} ${r.path} ${r.text}`;
    for (const s of secrets) if (text.includes(s) || text.includes(encodeURIComponent(s))) seen++;
  }
  return seen;
}

/** Writes `total` bytes of `chunk` with backpressure until done or the client goes away; never allocates `total`. */
export async function streamBody(res: ServerResponse, total: number, chunk: Buffer): Promise<number> {
  let written = 0;
  while (written < total && !res.destroyed) {
    const piece = total - written < chunk.length ? chunk.subarray(0, total - written) : chunk;
    written += piece.length;
    if (!res.write(piece))
      await new Promise<void>((resolve) => {
        const done = () => {
          res.off('drain', done).off('close', done);
          resolve();
        };
        res.on('drain', done).on('close', done);
      });
  }
  if (!res.destroyed) res.end();
  return written;
}
