import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { defineEndpoint, openEnum, RequestValidationError, ResponseValidationError } from '../src/index';
import { clientFor, createUser, getUser, serve } from './helpers';

const json = (body: unknown) => (_req: unknown, res: import('node:http').ServerResponse) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end(typeof body === 'string' ? body : JSON.stringify(body));

describe('request validation', () => {
  it('lists every issue with its path and sends nothing', async () => {
    const server = await serve(json({ id: '1', name: 'n' }));
    const error = await clientFor(server)
      // @ts-expect-error — `extra` is not a documented field
      .request(createUser, { body: { name: 'x', email: 'not-an-email', extra: 1 } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['body.email', 'body.extra', 'body.name']);
    expect(error.message).toMatch(/^createUser: \[POST\] "http:\/\/127\.0\.0\.1:\d+\/users": invalid input, nothing was sent — /);
    expect(error.message).toContain('body.email: Invalid email');
    expect(server.requests).toHaveLength(0);
  });

  it('never echoes a rejected password value', async () => {
    const server = await serve(json({}));
    const endpoint = defineEndpoint({
      operation: 'setPassword',
      method: 'POST',
      path: '/pw',
      body: v.strictObject({ new_password: v.pipe(v.string(), v.regex(/\d/)) }),
      idempotent: false,
      summary: 's',
      docs: 'd',
    });
    const error = await clientFor(server)
      .request(endpoint, { body: { new_password: 'abc' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).not.toContain('abc');
    expect(JSON.stringify(error)).not.toContain('abc');
  });

  it('sends the schema output (transforms applied)', async () => {
    const server = await serve(json({}));
    const endpoint = defineEndpoint({
      operation: 't',
      method: 'POST',
      path: '/t',
      body: v.object({
        at: v.pipe(
          v.date(),
          v.transform((d) => String(d.getTime())),
        ),
      }),
      idempotent: false,
      summary: 's',
      docs: 'd',
    });
    await clientFor(server).request(endpoint, { body: { at: new Date(5) } });
    expect(server.requests[0]!.json).toEqual({ at: '5' });
    expect(server.requests[0]!.headers['content-type']).toBe('application/json');
  });
});

describe('response validation', () => {
  it('keeps unknown fields and unknown enum values', async () => {
    const endpoint = defineEndpoint({
      operation: 'e',
      method: 'GET',
      path: '/e',
      response: v.looseObject({ id: v.string(), state: openEnum(['ACTIVE', 'INACTIVE']) }),
      idempotent: true,
      summary: 's',
      docs: 'd',
    });
    const server = await serve(json({ id: '1', state: 'ARCHIVED', added_later: { x: 1 } }));
    const data = await clientFor(server).request(endpoint, {});
    expect(data).toEqual({ id: '1', state: 'ARCHIVED', added_later: { x: 1 } });
  });

  it('raises ResponseValidationError with the paths and the raw body when a known field has the wrong type', async () => {
    const raw = '{"id":7,"name":"n"}';
    const server = await serve(json(raw));
    const error = await clientFor(server)
      .request(getUser, { params: { id: '7' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.issues).toEqual([{ path: 'id', message: expect.stringContaining('Expected string') }]);
    expect(error.body).toBe(raw);
    expect(error.status).toBe(200);
    expect(error.message).toMatch(
      /^getUser: \[GET\] "http:\/\/127\.0\.0\.1:\d+\/users\/7": 200 OK — response does not match the documented schema: id: /,
    );
    expect(server.requests).toHaveLength(1); // a bad body is not retried
  });

  it.each([
    ['truncated JSON', '{"id":"1","na', 'application/json', 'malformed JSON'],
    ['an empty body', '', 'application/json', 'Expected Object'],
    ['an HTML page', '<html>oops</html>', 'text/html', 'text/html'],
  ])('rejects %s on a 200 where JSON is expected', async (_name, body, type, hint) => {
    const server = await serve((_req, res) => res.writeHead(200, { 'content-type': type }).end(body));
    const error = await clientFor(server)
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toContain(hint);
    expect(error.body).toBe(body);
  });

  it('parses JSON sent without a Content-Type', async () => {
    const server = await serve((_req, res) => {
      res.removeHeader('content-type');
      res.writeHead(200).end('{"id":"1","name":"n"}');
    });
    await expect(clientFor(server).request(getUser, { params: { id: '1' } })).resolves.toEqual({ id: '1', name: 'n' });
  });
});
