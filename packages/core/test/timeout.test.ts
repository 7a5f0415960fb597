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

describe('once an attempt is stopped, the first cause decides, and nothing of it outlives the call', () => {
  // A fetch that ignores its signal (the cases below only arise with one).
  const deaf = (url: string, init: RequestInit) => fetch(url, { ...init, signal: undefined });
  const rawServer = async (handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void) => {
    let closed = 0;
    const raw = createServer((req, res) => {
      res.on('close', () => closed++);
      handler(req, res);
    });
    await new Promise<void>((r) => raw.listen(0, '127.0.0.1', r));
    return {
      url: `http://127.0.0.1:${(raw.address() as AddressInfo).port}`,
      closed: () => closed,
      close: async () => {
        raw.closeAllConnections();
        await new Promise((r) => raw.close(r));
      },
    };
  };

  it('a body with a declared Content-Length is cancelled too when the attempt gives up: every connection closes', async () => {
    const server = await rawServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"id":');
    });
    try {
      const client = clientFor(server as never, { timeout: 100, maxRetries: 0, fetch: deaf });
      for (let i = 0; i < 3; i++) await expect(client.request(getUser, { params: { id: '1' } })).rejects.toBeInstanceOf(TimeoutError);
      await new Promise((r) => setTimeout(r, 200));
      expect(server.closed()).toBe(3);
    } finally {
      await server.close();
    }
  });

  it('a slow onRequestError hook after a timeout is awaited (Node’s own fetch): its HookError fails the call, no retry overlaps it', async () => {
    const server = await hang();
    const attempts: number[] = [];
    const error = await clientFor(server, {
      timeout: 50,
      maxRetries: 1,
      hooks: {
        onRequest: (c) => void attempts.push(c.attempt),
        onRequestError: async () => {
          await new Promise((r) => setTimeout(r, 400));
          throw new Error('exporter down');
        },
      },
    })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(HookError);
    expect(error.message).toMatch(/exporter down/);
    expect(error.attempts).toBe(1);
    expect(attempts).toEqual([1]);
  });

  it('a response that completes after the caller aborted, or after the timeout, is not a success', async () => {
    const server = await rawServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":"1",');
      setTimeout(() => res.end('"name":"n"}'), 150);
    });
    try {
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error('user left')), 50);
      const aborted = await clientFor(server as never, { timeout: 5_000, maxRetries: 0, fetch: deaf })
        .request(getUser, { params: { id: '1' } }, { signal: controller.signal })
        .catch((e) => e);
      expect(aborted).toBeInstanceOf(RequestAbortedError);
      const late = await clientFor(server as never, { timeout: 50, maxRetries: 0, fetch: deaf })
        .request(getUser, { params: { id: '1' } })
        .catch((e) => e);
      expect(late).toBeInstanceOf(TimeoutError);
    } finally {
      await server.close();
    }
  });

  it('the first cause wins: a late redirect after the timeout, or the caller aborting after it, is still a TimeoutError', async () => {
    const server = await rawServer((req, res) => {
      if (req.url?.startsWith('/users/redirect'))
        return void setTimeout(() => res.writeHead(302, { location: 'http://elsewhere.example/x' }).end(), 150);
    });
    try {
      const late = await clientFor(server as never, { timeout: 100, maxRetries: 0, fetch: deaf })
        .request(getUser, { params: { id: 'redirect' } })
        .catch((e) => e);
      expect(late).toBeInstanceOf(TimeoutError);
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 150);
      const started = Date.now();
      const first = await clientFor(server as never, { timeout: 100, maxRetries: 0, fetch: deaf })
        .request(getUser, { params: { id: 'hang' } }, { signal: controller.signal })
        .catch((e) => e);
      expect(first).toBeInstanceOf(TimeoutError);
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      await server.close();
    }
  });

  it('no hook of an attempt runs after the call has moved on', async () => {
    let n = 0;
    const server = await rawServer((_req, res) => {
      const k = ++n;
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1","name":"n"}'), k === 1 ? 450 : 10);
    });
    try {
      const seen: string[] = [];
      const data = await clientFor(server as never, {
        timeout: 100,
        maxRetries: 1,
        retryDelay: 0,
        fetch: deaf,
        hooks: {
          onResponse: (c) => void seen.push(`response ${c.attempt}`),
          onRequestError: (c) => void seen.push(`error ${c.attempt}`),
        },
      }).request(getUser, { params: { id: '1' } });
      expect(data).toEqual({ id: '1', name: 'n' });
      await new Promise((r) => setTimeout(r, 500));
      expect(seen).toEqual(['response 2']);
    } finally {
      await server.close();
    }
  });

  it('a caller that aborts with one of our errors as the reason gets a RequestAbortedError, the reason as its cause, untouched', async () => {
    const server = await rawServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":');
    });
    try {
      const other = new TimeoutError('someOther: [GET] "x": no complete response within 1 ms', { method: 'GET', url: 'x' });
      const before = { operation: other.operation, attempts: other.attempts, elapsedMs: other.elapsedMs };
      const controller = new AbortController();
      setTimeout(() => controller.abort(other), 50);
      const error = await clientFor(server as never, { timeout: 5_000, maxRetries: 0 })
        .request(getUser, { params: { id: '1' } }, { signal: controller.signal })
        .catch((e) => e);
      expect(error).toBeInstanceOf(RequestAbortedError);
      expect(error.cause).toBe(other);
      expect(error.attempts).toBe(1);
      // The reason is not taken for this call's error: nothing of this call is written on it.
      expect({ operation: other.operation, attempts: other.attempts, elapsedMs: other.elapsedMs }).toEqual(before);
    } finally {
      await server.close();
    }
  });
});

describe('hooks that never return, late redirects and split BOMs (third review)', () => {
  const deaf = (url: string, init: RequestInit) => fetch(url, { ...init, signal: undefined });
  const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

  it.each(['onRequest', 'onRequestError'] as const)(
    'an %s hook that never returns: TimeoutError within about a second, and no timer left behind',
    async (kind) => {
      const server = await hang();
      const before = timers();
      const started = Date.now();
      const error = await clientFor(server, { timeout: 100, maxRetries: 0, hooks: { [kind]: () => new Promise(() => {}) } })
        .request(getUser, { params: { id: '1' } })
        .catch((e) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect(Date.now() - started).toBeLessThan(2_500);
      expect(timers()).toBeLessThanOrEqual(before);
    },
  );

  it('after the caller aborts, a hook that never returns is not waited for', async () => {
    const server = await hang();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    const error = await clientFor(server, { timeout: 10_000, maxRetries: 0, hooks: { onRequestError: () => new Promise(() => {}) } })
      .request(getUser, { params: { id: '1' } }, { signal: controller.signal })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('a redirect that arrives after the attempt was stopped is not followed: no hook of that attempt runs again', async () => {
    let n = 0;
    const server = await serve((_req, res) => {
      const k = ++n;
      setTimeout(() => res.writeHead(302, { location: '/users/2' }).end(), k === 1 ? 400 : 5_000);
    });
    const requests: number[] = [];
    const error = await clientFor(server, {
      timeout: 100,
      maxRetries: 1,
      retryDelay: 0,
      fetch: deaf,
      hooks: { onRequest: (c) => void requests.push(c.attempt) },
    })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    await new Promise((r) => setTimeout(r, 500));
    expect(requests).toEqual([1, 2]);
  });

  it.each([
    ['with a Content-Length', true],
    ['chunked', false],
  ])('a UTF-8 BOM split across the first chunks is dropped (%s)', async (_name, declared) => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"id":"1","name":"n"}')]);
    for (const cut of [1, 2]) {
      const server = await serve((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', ...(declared ? { 'content-length': String(body.length) } : {}) });
        res.write(body.subarray(0, cut));
        setTimeout(() => res.end(body.subarray(cut)), 30);
      });
      await expect(clientFor(server).request(getUser, { params: { id: '1' } })).resolves.toEqual({ id: '1', name: 'n' });
    }
  });
});
