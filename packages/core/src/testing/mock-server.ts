import type { Exchange } from './exchange';
import { mockRequest } from './match';
import { createMock, type Mock, type MockOptions } from './mock';

/** A running mock server, with the scenarios of its mock (`use`, `reset`). */
export interface MockServer extends Pick<Mock, 'problems' | 'requests' | 'use' | 'reset'> {
  /** `http://127.0.0.1:<port>` */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the fixtures on 127.0.0.1 (an OS-chosen port unless `port` is given), with CORS so a browser
 * page can call it. Node, Bun and Deno (through `node:http`).
 */
export function createMockServer(exchanges: readonly Exchange[], options: MockOptions & { port?: number } = {}): Promise<MockServer> {
  return serveMock(createMock(exchanges, options), options.port);
}

/** Serves a mock on 127.0.0.1 (see `createMockServer`). */
export async function serveMock(mock: Mock, port = 0): Promise<MockServer> {
  const { createServer } = await import('node:http');
  const server = createServer(async (req, res) => {
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
      'access-control-expose-headers': '*',
    };
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    const chunks: Uint8Array[] = [];
    for await (const chunk of req) chunks.push(chunk as Uint8Array);
    const raw = new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    const answer = await mock.handle(mockRequest(req.method ?? 'GET', req.url ?? '/', headers, raw));
    res.writeHead(answer.status, { ...cors, ...answer.headers }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    problems: mock.problems,
    requests: mock.requests,
    use: mock.use,
    reset: mock.reset,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
