import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ConnectionError, RequestAbortedError } from '../src/index';
import { clientFor, getUser, serve } from './helpers';

const ok = '{"id":"1","name":"n"}';
const call = (client: ReturnType<typeof clientFor>, options = {}) => client.request(getUser, { params: { id: '1' } }, options);

/** A port on 127.0.0.1 where nothing listens. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise((r) => s.close(r));
  return port;
}

describe('abort', () => {
  it("keeps the caller's reason as cause, during the attempt and during the backoff", async () => {
    const reason = new Error('user navigated away');
    const controller = new AbortController();
    // Aborted once the request has arrived, so the abort lands mid-attempt however loaded the machine.
    const hanging = await serve(() => void setTimeout(() => controller.abort(reason), 10));
    const during = await call(clientFor(hanging), { signal: controller.signal }).catch((e) => e);
    expect(during).toBeInstanceOf(RequestAbortedError);
    expect(during.cause).toBe(reason);

    const second = new AbortController();
    // A 503 asking for 10 s, then the abort while the client waits.
    const failing = await serve((_req, res) => {
      res.writeHead(503, { 'retry-after': '10' }).end();
      setTimeout(() => second.abort('stop'), 50);
    });
    const sleeping = await call(clientFor(failing, { maxRetryDelay: 20_000 }), { signal: second.signal }).catch((e) => e);
    expect(sleeping).toBeInstanceOf(RequestAbortedError);
    expect(sleeping.cause).toBe('stop');
    expect(sleeping.attempts).toBe(1);
    expect(failing.requests).toHaveLength(1);
  });

  it('25 concurrent calls on one signal: no MaxListenersExceededWarning, one listener', async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    try {
      const server = await serve((_req, res) => setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(ok), 20));
      const client = clientFor(server);
      const { signal } = new AbortController();
      const results = await Promise.all(Array.from({ length: 25 }, () => call(client, { signal })));
      expect(results).toHaveLength(25);
      // Warnings are emitted on the next tick.
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
  });

  it('aborting a shared signal ends every call on it', async () => {
    const server = await serve(() => {});
    const controller = new AbortController();
    const calls = Array.from({ length: 20 }, () => call(clientFor(server), { signal: controller.signal }).catch((e) => e));
    setTimeout(() => controller.abort(), 30);
    const errors = await Promise.all(calls);
    expect(errors.every((e) => e instanceof RequestAbortedError)).toBe(true);
  });
});

describe('connection errors read well', () => {
  it('says "connection refused (ECONNREFUSED)" and carries the code', async () => {
    const port = await closedPort();
    const error = await call(clientFor({ url: `http://127.0.0.1:${port}`, requests: [], close: async () => {} }, { maxRetries: 0 })).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.code).toBe('ECONNREFUSED');
    expect(error.message).toMatch(/connection failed — connection refused \(ECONNREFUSED\)$/);
    expect(error.message).not.toContain('ECONNREFUSED connect ECONNREFUSED');
  });

  it('names a reset socket', async () => {
    const server = await serve((_req, res) => res.socket?.destroy());
    const error = await call(clientFor(server, { maxRetries: 0 })).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(typeof error.code).toBe('string');
    expect(error.message).toContain(`(${error.code})`);
  });
});
