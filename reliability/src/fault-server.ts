import type { ServerResponse } from 'node:http';
import { compare, type ReceivedRequest, respond, startServer, type TestServer } from '@acct/harness';
import type { Target } from './targets';

/** What the server does on the k-th request of the operation under test (`ok` sends the fixture's success). */
export type Behaviour = (k: number, res: ServerResponse, ok: () => void, req: ReceivedRequest, target: Target) => void;

/** A loopback server playing a vendor: the fixture's other exchanges (login) answer normally, the operation misbehaves. */
export interface FaultServer extends TestServer {
  /** Requests of the operation under test that reached the server. */
  attempts(): number;
  /** Requests to the other exchanges (logins). */
  auxRequests(): number;
}

/** Starts a fault server for `target`, credentials filling the fixture placeholders. */
export async function startFaultServer(target: Target, credentials: Record<string, string>, behave: Behaviour): Promise<FaultServer> {
  let attempts = 0;
  let aux = 0;
  const source = { credentials };
  const server = await startServer(async (req, res) => {
    if (req.method === target.main.request.method && req.path === target.main.request.path) {
      return behave(attempts++, res, () => respond(res, target.main.response, credentials), req, target);
    }
    for (const e of target.aux) {
      if ((await compare(e.request, req, source)).length === 0) {
        aux++;
        return respond(res, e.response, credentials);
      }
    }
    res.writeHead(599, { 'content-type': 'text/plain' }).end(`fault server: unexpected ${req.method} ${req.path}`);
  });
  return { ...server, attempts: () => attempts, auxRequests: () => aux };
}
