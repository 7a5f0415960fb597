import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  AcctError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../src/index';
import { clientFor, createUser, getUser, serve } from './helpers';

const cases: [number, typeof ApiError][] = [
  [400, BadRequestError],
  [401, AuthenticationError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [409, ConflictError],
  [422, UnprocessableEntityError],
  [429, RateLimitError],
  [500, InternalServerError],
  [502, InternalServerError],
  [418, ApiError],
];

describe('errors by status', () => {
  it.each(cases)('%i → %o with status, headers, body, request id, method, url, attempts', async (status, ErrorClass) => {
    const name = ErrorClass.kind;
    const server = await serve((_req, res) =>
      res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': 'req-123' }).end('{"message":"vendor says no"}'),
    );
    const error = await clientFor(server)
      .request(createUser, { body: { name: 'ann' } }, { maxRetries: 0 })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(AcctError);
    expect(error.name).toBe(name);
    expect(error).toMatchObject({ status, body: { message: 'vendor says no' }, requestId: 'req-123', method: 'POST', attempts: 1 });
    expect(error.url).toBe(`${server.url}/users`);
    expect(error.headers['x-request-id']).toBe('req-123');
    expect(error.message).toMatch(
      new RegExp(`^createUser: \\[POST\\] "${server.url}/users": ${status} .* — vendor says no( \\(request id [^)]+\\))?$`),
    );
    expect(String(error.stack)).toContain(`${name}: createUser: [POST]`);
  });

  it('keeps an HTML body as text and reads its title', async () => {
    const html = '<!doctype html><html><head><title>404 Not Found</title></head><body><h1>Nope</h1></body></html>';
    const server = await serve((_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end(html));
    const error = await clientFor(server)
      .request(getUser, { params: { id: 'x' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.body).toBe(html);
    expect(error.message).toMatch(/: 404 Not Found — 404 Not Found$/);
  });

  it('keeps the status of an empty error body', async () => {
    const server = await serve((_req, res) => res.writeHead(404).end());
    const error = await clientFor(server)
      .request(getUser, { params: { id: 'x' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.body).toBe('');
    expect(error.message).toMatch(/: 404 Not Found$/);
  });

  it('keeps a body sent without a Content-Type, JSON or not', async () => {
    const server = await serve((_req, res, n) => {
      res.removeHeader('content-type');
      res.writeHead(500).end(n === 0 ? '{"error":{"message":"boom"}}' : 'plain failure');
    });
    const client = clientFor(server);
    const first = await client.request(createUser, { body: { name: 'ann' } }).catch((e) => e);
    expect(first).toBeInstanceOf(InternalServerError);
    expect(first.body).toEqual({ error: { message: 'boom' } });
    expect(first.message).toMatch(/ — boom$/);
    const second = await client.request(createUser, { body: { name: 'ann' } }).catch((e) => e);
    expect(second.body).toBe('plain failure');
    expect(second.message).toMatch(/ — plain failure$/);
  });

  it('uses the vendor error reader and falls back when it throws', async () => {
    const server = await serve((_req, res) =>
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"form":{"errors":["bad"]}}'),
    );
    const reader = clientFor(server, { errorMessage: (b) => (b as { form: { errors: string[] } }).form.errors.join(', ') });
    expect((await reader.request(createUser, { body: { name: 'ann' } }).catch((e) => e)).message).toMatch(/ — bad$/);
    const broken = clientFor(server, {
      errorMessage: () => {
        throw new Error('reader bug');
      },
    });
    expect((await broken.request(createUser, { body: { name: 'ann' } }).catch((e) => e)).message).toMatch(/400 Bad Request$/);
  });

  it('matches instanceof across two copies of core (ESM and CJS builds)', async () => {
    // The two builds are two module instances, i.e. two copies of core (the test task builds first).
    const require = createRequire(import.meta.url);
    const esm = await import(new URL('../dist/index.js', import.meta.url).href);
    const cjs = require('../dist/index.cjs');
    expect(esm.AuthenticationError).not.toBe(cjs.AuthenticationError);
    const fromCjs = new cjs.AuthenticationError('x', { status: 401, statusText: '', headers: {}, body: '', method: 'GET', url: 'u' });
    expect(fromCjs).toBeInstanceOf(esm.AuthenticationError);
    expect(fromCjs).toBeInstanceOf(esm.ApiError);
    expect(fromCjs).toBeInstanceOf(AuthenticationError);
    expect(fromCjs).not.toBeInstanceOf(esm.NotFoundError);
    expect(new Error('plain')).not.toBeInstanceOf(esm.AcctError);
  });
});
