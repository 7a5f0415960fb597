import { describe, expect, it } from 'vitest';
import { ConnectionError, InternalServerError, RateLimitError, RequestAbortedError } from '../src/index';
import { backoff, parseRetryAfter } from '../src/retry';
import { clientFor, createUser, getUser, serve } from './helpers';

const ok = '{"id":"1","name":"n"}';
/** Fails the first `failures` requests with `status` (or a socket reset when status is 0). */
function flaky(failures: number, status: number, headers: Record<string, string> = {}) {
  return serve((_req, res, n) => {
    if (n < failures) {
      if (status === 0) res.socket?.destroy();
      else res.writeHead(status, headers).end();
    } else res.writeHead(200, { 'content-type': 'application/json' }).end(ok);
  });
}

describe('retry policy', () => {
  it.each([408, 429, 500, 502, 503, 504])('retries an idempotent call after %i', async (status) => {
    const server = await flaky(2, status);
    const res = await clientFor(server)
      .request(getUser, { params: { id: '1' } })
      .withResponse();
    expect(res.attempts).toBe(3);
    expect(server.requests).toHaveLength(3);
  });

  it('retries an idempotent call after a connection reset', async () => {
    const server = await flaky(1, 0);
    await expect(clientFor(server).request(getUser, { params: { id: '1' } })).resolves.toEqual({ id: '1', name: 'n' });
    expect(server.requests).toHaveLength(2);
  });

  it.each([429, 503])('retries a non-idempotent call after %i (the server did not process it)', async (status) => {
    const server = await flaky(1, status);
    await clientFor(server).request(createUser, { body: { name: 'ann' } });
    expect(server.requests).toHaveLength(2);
  });

  it.each([500, 502, 504, 408])('never retries a non-idempotent call after %i', async (status) => {
    const server = await flaky(1, status);
    const error = await clientFor(server)
      .request(createUser, { body: { name: 'ann' } })
      .catch((e) => e);
    expect(error.status).toBe(status);
    expect(error.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it('never retries a non-idempotent call after a connection reset', async () => {
    const server = await flaky(1, 0);
    const error = await clientFor(server)
      .request(createUser, { body: { name: 'ann' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.attempts).toBe(1);
    expect(error.message).toMatch(/^createUser: \[POST\] "http:\/\/127\.0\.0\.1:\d+\/users": connection failed — /);
  });

  it('gives up after maxRetries and reports the attempts; the call option wins', async () => {
    const server = await flaky(10, 500);
    const client = clientFor(server, { maxRetries: 1 });
    const first = await client.request(getUser, { params: { id: '1' } }).catch((e) => e);
    expect(first).toBeInstanceOf(InternalServerError);
    expect(first.attempts).toBe(2);
    const second = await client.request(getUser, { params: { id: '1' } }, { maxRetries: 3 }).catch((e) => e);
    expect(second.attempts).toBe(4);
    expect(server.requests).toHaveLength(6);
  });

  it('honours Retry-After in seconds', async () => {
    const server = await flaky(1, 503, { 'retry-after': '1' });
    const delays: number[] = [];
    const client = clientFor(server, { maxRetryDelay: 5_000, logger: { warn: (_m, meta) => delays.push(meta?.delay as number) } });
    const started = Date.now();
    await client.request(getUser, { params: { id: '1' } });
    expect(delays).toEqual([1000]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
  });

  it('honours Retry-After as an HTTP date, capped by maxRetryDelay', async () => {
    const later = new Date(Date.now() + 3_600_000).toUTCString();
    const server = await flaky(1, 429, { 'retry-after': later });
    const delays: number[] = [];
    const client = clientFor(server, { maxRetryDelay: 40, logger: { warn: (_m, meta) => delays.push(meta?.delay as number) } });
    await client.request(createUser, { body: { name: 'ann' } });
    expect(delays).toEqual([40]);
  });

  it('lets a vendor read its own rate-limit header and exposes retryAfter on the error', async () => {
    const server = await flaky(5, 429, { 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000)) });
    const delays: number[] = [];
    const client = clientFor(server, {
      maxRetries: 1,
      retryAfter: (h) => (h.get('x-rate-limit-reset') ? 7 : undefined),
      logger: { warn: (_m, meta) => delays.push(meta?.delay as number) },
    });
    const error = await client.request(getUser, { params: { id: '1' } }).catch((e) => e);
    expect(delays).toEqual([7]);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(7);
  });

  it('stops waiting and never retries when the caller aborts during the backoff', async () => {
    const controller = new AbortController();
    // The server asks for a 10 s wait; the caller aborts 50 ms into it.
    const server = await serve((_req, res) => {
      res.writeHead(503, { 'retry-after': '10' }).end();
      setTimeout(() => controller.abort(), 50);
    });
    const client = clientFor(server, { maxRetryDelay: 10_000 });
    const started = Date.now();
    const error = await client.request(getUser, { params: { id: '1' } }, { signal: controller.signal }).catch((e) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(error.attempts).toBe(1);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(server.requests).toHaveLength(1);
  });
});

describe('retry helpers', () => {
  it('parses Retry-After seconds and dates; ignores garbage', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).toBe(5000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Wed, 31 Dec 2025 00:00:05 GMT' }), now)).toBe(0);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(parseRetryAfter(new Headers(), now)).toBeUndefined();
  });

  it('backs off exponentially with full jitter under the cap', () => {
    for (let retry = 1; retry <= 10; retry++) {
      for (let i = 0; i < 50; i++) {
        const d = backoff(retry, 100, 1_000);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThan(Math.min(1_000, 100 * 2 ** (retry - 1)));
      }
    }
  });
});
