import { afterEach } from 'vitest';
import { type Handler, startServer, type TestServer } from './server';

// Every server a test started is closed after it. This module registers a vitest hook when
// imported, so it has its own entry (`@acct/harness/serve`), away from the scripts' barrel.
const open: TestServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** A loopback server closed after the current test. */
export async function serve(handler: Handler): Promise<TestServer> {
  const server = await startServer(handler);
  open.push(server);
  return server;
}
