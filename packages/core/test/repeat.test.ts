import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ConnectionError, defineEndpoint, InternalServerError, NotFoundError, TimeoutError } from '../src/index';
import { clientFor, serve } from './helpers';

const deleteMe = defineEndpoint({
  operation: 'deleteMe',
  method: 'DELETE',
  path: '/me',
  success: [410],
  gone: [404],
  idempotent: true,
  summary: 'Deletes the current user; 410 on success, 404 when there is none.',
  docs: 'https://example.test/delete-me',
});

const changePassword = defineEndpoint({
  operation: 'changePassword',
  method: 'POST',
  path: '/password',
  body: v.strictObject({ old_password: v.string(), new_password: v.string() }),
  success: [204],
  idempotent: false,
  repeat: 'never',
  summary: 'Changes the password; a replay fails the old-password check.',
  docs: 'https://example.test/password',
});

const setName = defineEndpoint({ ...changePassword, operation: 'setName', repeat: undefined, idempotent: true });
const password = { old_password: 'old-pass-1', new_password: 'new-pass-2' };

describe('repeat semantics', () => {
  it('resolves a delete whose retry finds the resource gone (the first attempt was applied, its response lost)', async () => {
    const server = await serve((_req, res, n) => (n === 0 ? res.destroy() : res.writeHead(404).end('{"detail":"Not found"}')));
    const res = await clientFor(server).request(deleteMe, {}).withResponse();
    expect(res).toMatchObject({ data: undefined, status: 404, attempts: 2 });
    expect(server.requests).toHaveLength(2);
  });

  it('still reports a 404 on the first attempt as NotFoundError', async () => {
    const server = await serve((_req, res) => res.writeHead(404).end());
    await expect(clientFor(server).request(deleteMe, {})).rejects.toBeInstanceOf(NotFoundError);
  });

  it('resolves a gone-after-500 too, but not gone-after-503 (503 means nothing was done)', async () => {
    const after500 = await serve((_req, res, n) => res.writeHead(n === 0 ? 500 : 404).end());
    await expect(clientFor(after500).request(deleteMe, {})).resolves.toBeUndefined();
    const after503 = await serve((_req, res, n) => res.writeHead(n === 0 ? 503 : 404).end());
    await expect(clientFor(after503).request(deleteMe, {})).rejects.toBeInstanceOf(NotFoundError);
  });

  it('never sends a non-repeatable write twice after a timeout, a 5xx or a reset', async () => {
    const slow = await serve(() => {}); // never answers
    const timedOut = await clientFor(slow)
      .request(changePassword, { body: password }, { timeout: 300, maxRetries: 3 })
      .catch((e) => e);
    expect(timedOut).toBeInstanceOf(TimeoutError);
    expect(slow.requests).toHaveLength(1);
    for (const fail of [
      (res: import('node:http').ServerResponse) => res.writeHead(500).end(),
      (res: import('node:http').ServerResponse) => res.destroy(),
    ]) {
      const server = await serve((_req, res) => fail(res));
      const error = await clientFor(server)
        .request(changePassword, { body: password }, { maxRetries: 3 })
        .catch((e) => e);
      expect(error).toBeInstanceOf(error instanceof InternalServerError ? InternalServerError : ConnectionError);
      expect(server.requests).toHaveLength(1);
      expect(error.attempts).toBe(1);
    }
  });

  it('decides per call when `repeat` is a function of the input', async () => {
    const update = defineEndpoint({
      ...setName,
      operation: 'update',
      body: v.strictObject({ name: v.optional(v.string()), new_password: v.optional(v.string()) }),
      repeat: (input) => ((input.body as { new_password?: string }).new_password ? 'never' : undefined),
    });
    const server = await serve((_req, res) => res.writeHead(500).end());
    await clientFor(server)
      .request(update, { body: { name: 'n' } })
      .catch(() => {});
    expect(server.requests).toHaveLength(3);
    await clientFor(server)
      .request(update, { body: { new_password: 'pw-new-0001' } })
      .catch(() => {});
    expect(server.requests).toHaveLength(4);
  });

  it('retries a non-repeatable write on 429 (the server says it did nothing)', async () => {
    const server = await serve((_req, res, n) => res.writeHead(n === 0 ? 429 : 204).end());
    await expect(clientFor(server).request(changePassword, { body: password }).withResponse()).resolves.toMatchObject({ attempts: 2 });
  });

  it('lets any operation retry when the connection was refused (nothing was sent)', async () => {
    const server = await serve((_req, res) => res.end());
    const url = server.url;
    await server.close();
    const error = await clientFor({ ...server, url })
      .request(changePassword, { body: password }, { maxRetries: 2 })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.attempts).toBe(3);
  });

  it('reads a vendor rate-limit header on 429 and 503 only, not on a 500', async () => {
    const asked: string[] = [];
    const retryAfter = (headers: Headers) => {
      asked.push(String(headers.get('x-status')));
      return 10;
    };
    const statuses = [500, 429, 503, 204];
    const server = await serve((_req, res, n) => res.writeHead(statuses[n]!, { 'x-status': String(statuses[n]) }).end());
    const client = clientFor(server, { retryAfter });
    await expect(client.request(setName, { body: password }, { maxRetries: 3 }).withResponse()).resolves.toMatchObject({ attempts: 4 });
    expect(asked).toContain('429');
    expect(asked).toContain('503');
    expect(asked).not.toContain('500');
  });
});
