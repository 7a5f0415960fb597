import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, RequestValidationError, ResponseTooLargeError } from '../src/index';
import { clientFor, getUser, serve } from './helpers';

const MiB = 2 ** 20;
const call = (client: ReturnType<typeof clientFor>, options = {}) => client.request(getUser, { params: { id: '1' } }, options);

function drainOrClose(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}

/** Writes `total` bytes of `chunk` with backpressure; returns how many the server managed to write. */
async function stream(res: ServerResponse, total: number, chunk: Buffer): Promise<number> {
  let written = 0;
  while (written < total && !res.destroyed) {
    if (!res.write(chunk)) await drainOrClose(res);
    written += chunk.length;
  }
  res.end();
  return written;
}

describe('response size limit', () => {
  it('refuses a declared Content-Length over the limit before reading, not retried', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(2 ** 31 + 5) });
      res.write('{"id":"1",');
    });
    const error = await call(clientFor(server, { maxResponseBytes: MiB, maxRetries: 2 })).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error.limit).toBe(MiB);
    expect(error.attempts).toBe(1);
    expect(error.message).toMatch(
      /^getUser: \[GET\] "http:\/\/127\.0\.0\.1:\d+\/users\/1": the response body exceeds maxResponseBytes \(1048576 bytes\); Content-Length declares 2147483653/,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('cancels a streamed 64 MiB body at a 1 MiB limit; the server stops writing soon after', { timeout: 30_000 }, async () => {
    let written = 0;
    const server = await serve(async (_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      written = await stream(res, 64 * MiB, Buffer.alloc(64 * 1024, 'a'));
    });
    const error = await call(clientFor(server, { maxResponseBytes: MiB })).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error.message).toContain('reading stopped at');
    await new Promise((r) => setTimeout(r, 50));
    expect(written).toBeLessThan(16 * MiB);
  });

  it('counts decompressed bytes: a 16 MiB gzip bomb of ~16 KB stops at the limit', { timeout: 30_000 }, async () => {
    const bomb = gzipSync(Buffer.alloc(16 * MiB), { level: 1 });
    expect(bomb.length).toBeLessThan(MiB);
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
      res.end(bomb);
    });
    const error = await call(clientFor(server, { maxResponseBytes: MiB })).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it('reads a body of exactly the limit, decoding UTF-8 split across chunks', async () => {
    const name = 'é'.repeat(1000);
    const body = Buffer.from(JSON.stringify({ id: '1', name }));
    const server = await serve(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      // One byte at a time for the first 64 bytes: every 2-byte `é` is split between two chunks.
      for (let i = 0; i < 64; i++) {
        res.write(body.subarray(i, i + 1));
        await new Promise((r) => setImmediate(r));
      }
      res.end(body.subarray(64));
    });
    await expect(call(clientFor(server, { maxResponseBytes: body.length }))).resolves.toEqual({ id: '1', name });
    const error = await call(clientFor(server, { maxResponseBytes: body.length - 1 })).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it('lets a call option override the client option', async () => {
    const server = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1","name":"n"}'));
    const client = clientFor(server, { maxResponseBytes: 10 });
    await expect(call(client)).rejects.toBeInstanceOf(ResponseTooLargeError);
    await expect(call(client, { maxResponseBytes: 1000 })).resolves.toEqual({ id: '1', name: 'n' });
  });

  it.each([0, -1, 1.5, 2 ** 31, Number.POSITIVE_INFINITY, '1000'])(
    'refuses maxResponseBytes: %s with a typed error, nothing sent',
    async (bad) => {
      const server = await serve((_req, res) => res.end());
      expect(() => clientFor(server, { maxResponseBytes: bad as number })).toThrow(ConfigurationError);
      await expect(call(clientFor(server), { maxResponseBytes: bad })).rejects.toBeInstanceOf(RequestValidationError);
      expect(server.requests).toHaveLength(0);
    },
  );
});
