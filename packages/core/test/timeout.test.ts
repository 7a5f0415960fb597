import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ConnectionError, HookError, RequestAbortedError, TimeoutError } from '../src/index';
import { clientFor, createUser, getUser, serve } from './helpers';

const hang = () => serve(() => {}); // never answers

describe('timeouts and aborts', () => {
  it('raises TimeoutError when headers never come, retrying an idempotent call', async () => {
    const server = await hang();
    const started = Date.now();
    const error = await clientFor(server, { timeout: 400, maxRetries: 1 })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.attempts).toBe(2);
    expect(error.message).toMatch(/no complete response within 400 ms$/);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(server.requests).toHaveLength(2);
  });

  it('never retries a non-idempotent call after a timeout', async () => {
    const server = await hang();
    const error = await clientFor(server, { timeout: 400 })
      .request(createUser, { body: { name: 'ann' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it('times out a body that stops half way', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":"1",');
    });
    const error = await clientFor(server, { timeout: 150, maxRetries: 0 })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('uses the per-call timeout over the client one', async () => {
    const server = await hang();
    const started = Date.now();
    const error = await clientFor(server, { timeout: 10_000 })
      .request(getUser, { params: { id: '1' } }, { timeout: 50, maxRetries: 0 })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('raises RequestAbortedError on a caller abort mid-request, never retried, even with a timeout set', async () => {
    const controller = new AbortController();
    // Abort once the request has reached the server and its response is pending.
    const server = await serve(() => setTimeout(() => controller.abort(), 20));
    const error = await clientFor(server, { timeout: 5_000, maxRetries: 3 })
      .request(getUser, { params: { id: '1' } }, { signal: controller.signal })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(error.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const server = await hang();
    const error = await clientFor(server)
      .request(getUser, { params: { id: '1' } }, { signal: AbortSignal.abort() })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(error.attempts).toBe(0);
    expect(server.requests).toHaveLength(0);
  });
});

describe('a fetch that ignores its signal cannot turn a timeout or an abort into a hang', () => {
  // A careless wrapper (tracing, a retry shim): it forwards method, headers and body, and drops the signal.
  const dropsSignal = (url: string, init: RequestInit) => fetch(url, { method: init.method, headers: init.headers, body: init.body });
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  it('headers that never come: TimeoutError on time, each attempt', async () => {
    process.on('unhandledRejection', onUnhandled);
    try {
      const server = await hang();
      const started = Date.now();
      const error = await clientFor(server, { timeout: 200, maxRetries: 1, fetch: dropsSignal })
        .request(getUser, { params: { id: '1' } })
        .catch((e) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error.attempts).toBe(2);
      expect(Date.now() - started).toBeLessThan(2_000);
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('a body that stops half way: TimeoutError', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":"1",');
    });
    const started = Date.now();
    const error = await clientFor(server, { timeout: 200, maxRetries: 0, fetch: dropsSignal })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('the caller aborts: RequestAbortedError at once, never retried', async () => {
    const controller = new AbortController();
    const server = await serve(() => setTimeout(() => controller.abort(new Error('user left')), 20));
    const started = Date.now();
    const error = await clientFor(server, { timeout: 10_000, maxRetries: 3, fetch: dropsSignal })
      .request(getUser, { params: { id: '1' } }, { signal: controller.signal })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(error.cause).toMatchObject({ message: 'user left' });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(server.requests).toHaveLength(1);
  });

  it('a response that arrives after the deadline is not read', async () => {
    let bodyPulls = 0;
    let cancelled = false;
    // A fetch that answers late, with a body that counts how much of it is read.
    const late = () =>
      new Promise<Response>((resolve) =>
        setTimeout(
          () =>
            resolve(
              new Response(
                new ReadableStream(
                  {
                    pull(c) {
                      bodyPulls++;
                      c.enqueue(new TextEncoder().encode('{"id":"1","name":"n"}'));
                      c.close();
                    },
                    cancel() {
                      cancelled = true;
                    },
                  },
                  { highWaterMark: 0 },
                ),
                { headers: { 'content-type': 'application/json' } },
              ),
            ),
          300,
        ),
      );
    const server = await hang();
    const error = await clientFor(server, { timeout: 100, maxRetries: 0, fetch: late })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    await new Promise((r) => setTimeout(r, 400));
    expect(bodyPulls).toBe(0);
    expect(cancelled).toBe(true);
  });
});

describe('a fetch that honours its signal ends the attempt itself; the deadline waits for it', () => {
  it('an onRequestError hook that throws on a timeout still fails the call with its HookError', async () => {
    const server = await hang();
    const error = await clientFor(server, {
      timeout: 100,
      maxRetries: 0,
      hooks: {
        onRequestError: () => {
          throw new Error('metrics down');
        },
      },
    })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(HookError);
    expect(error.message).toMatch(/onRequestError hook threw — metrics down/);
  });

  it('an attempt past its deadline sends nothing, even through a fetch that ignores its signal', async () => {
    const server = await hang();
    const sent: number[] = [];
    const started = Date.now();
    const error = await clientFor(server, {
      timeout: 50,
      maxRetries: 0,
      // A slow onRequest hook: the deadline passes before the request would go out.
      hooks: { onRequest: () => new Promise((r) => setTimeout(r, 150)) },
      fetch: (url: string, init: RequestInit) => {
        sent.push(Date.now() - started);
        return fetch(url, { method: init.method, headers: init.headers });
      },
    })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    await new Promise((r) => setTimeout(r, 300));
    expect(sent).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });

  it('a body read through a fetch that ignores its signal is cancelled when the attempt gives up: the connection closes', async () => {
    let closed = 0;
    const raw = createServer((_req, res) => {
      res.on('close', () => closed++);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":"1",');
    });
    await new Promise<void>((r) => raw.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
      const dropsSignal = (u: string, init: RequestInit) => fetch(u, { method: init.method, headers: init.headers });
      const error = await clientFor({ url } as never, { timeout: 100, maxRetries: 1, fetch: dropsSignal })
        .request(getUser, { params: { id: '1' } })
        .catch((e) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error.attempts).toBe(2);
      await new Promise((r) => setTimeout(r, 200));
      expect(closed).toBe(2);
    } finally {
      raw.closeAllConnections();
      await new Promise((r) => raw.close(r));
    }
  });
});
