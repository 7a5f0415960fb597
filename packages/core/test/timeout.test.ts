import { describe, expect, it } from 'vitest';
import { ConnectionError, RequestAbortedError, TimeoutError } from '../src/index';
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
