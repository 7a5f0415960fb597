import { describe, expect, it } from 'vitest';
import { bearer, type HookContext, HookError, InternalServerError } from '../src/index';
import { clientFor, createUser, getUser, serve } from './helpers';

const TOKEN = 'tok-hooks-0123456789';

describe('hooks', () => {
  it('calls onRequest / onResponse per attempt with a redacted context, and sends headers a hook adds', async () => {
    const server = await serve((_req, res, n) =>
      res.writeHead(n === 0 ? 503 : 200, { 'content-type': 'application/json' }).end('{"id":"1","name":"n"}'),
    );
    const seen: HookContext[] = [];
    const client = clientFor(server, {
      auth: { default: bearer(TOKEN) },
      hooks: {
        onRequest: (ctx) => {
          seen.push({ ...ctx, options: { ...ctx.options, headers: new Headers(ctx.options.headers) } });
          ctx.options.headers.set('traceparent', `00-trace-${ctx.attempt}`);
          ctx.options.headers.set('authorization', 'Bearer stolen'); // ignored: a hook cannot change credentials
        },
        onResponse: (ctx) => {
          seen.push({ ...ctx });
        },
      },
    });
    await client.request(getUser, { params: { id: 'u1' } });
    expect(server.requests.map((r) => r.headers.traceparent)).toEqual(['00-trace-1', '00-trace-2']);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
    const requests = seen.filter((c) => c.status === undefined);
    expect(requests.map((c) => c.attempt)).toEqual([1, 2]);
    expect(requests[0]!.options.headers.get('authorization')).toBe('[REDACTED]');
    expect(requests[0]).toMatchObject({ operation: 'getUser', method: 'GET', url: `${server.url}/users/u1` });
    const responses = seen.filter((c) => c.status !== undefined);
    expect(responses.map((c) => c.status)).toEqual([503, 200]);
    expect(responses.every((c) => typeof c.elapsedMs === 'number')).toBe(true);
    expect(JSON.stringify(seen.map(({ response: _r, ...c }) => c))).not.toContain(TOKEN);
  });

  it('calls onResponseError for a status the operation does not document, and onRequestError when there is no response', async () => {
    const server = await serve((_req, res) => res.writeHead(500).end());
    const kinds: string[] = [];
    const client = clientFor(server, {
      hooks: {
        onResponseError: (ctx) => void kinds.push(`responseError ${ctx.status}`),
        onRequestError: () => void kinds.push('requestError'),
      },
    });
    await expect(client.request(getUser, { params: { id: '1' } }, { maxRetries: 0 })).rejects.toBeInstanceOf(InternalServerError);
    const url = server.url;
    await server.close();
    await clientFor({ ...server, url }, { hooks: { onRequestError: () => void kinds.push('requestError') } })
      .request(getUser, { params: { id: '1' } }, { maxRetries: 0 })
      .catch(() => {});
    expect(kinds).toEqual(['responseError 500', 'requestError']);
  });

  it('turns a throwing hook into a HookError that is not retried and names the operation', async () => {
    const server = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1","name":"n"}'));
    const client = clientFor(server);
    const error = await client
      .request(
        createUser,
        { body: { name: 'ann', password: 'hook-secret-pw' } },
        {
          hooks: {
            onResponse: () => {
              throw new Error('metrics down hook-secret-pw');
            },
          },
        },
      )
      .catch((e) => e);
    expect(error).toBeInstanceOf(HookError);
    expect(error.message).toMatch(/^createUser: the onResponse hook threw — metrics down \[REDACTED\]$/);
    expect(error.operation).toBe('createUser');
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a header value a hook set that fetch could not send, as a HookError', async () => {
    const server = await serve((_req, res) => res.end());
    const error = await clientFor(server)
      .request(getUser, { params: { id: '1' } }, { hooks: { onRequest: (ctx) => ctx.options.headers.append('x-t', 'a\u0100') } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(HookError);
    expect(error.attempts).toBe(0); // nothing was sent
    expect(server.requests).toHaveLength(0);
  });
});

describe('hook responses', () => {
  it('give the status and a redacted copy of the headers, never the body a login answer holds', async () => {
    const server = await serve((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'sid=secret-cookie', 'x-echo': TOKEN })
        .end('{"id":"1","name":"n"}'),
    );
    let seen: HookContext['response'];
    const client = clientFor(server, {
      auth: { default: bearer(TOKEN) },
      hooks: {
        onResponse: (ctx) => {
          seen = ctx.response;
        },
      },
    });
    await expect(client.request(getUser, { params: { id: '1' } })).resolves.toEqual({ id: '1', name: 'n' });
    expect(seen?.status).toBe(200);
    expect(seen?.headers.get('set-cookie')).toBe('[REDACTED]');
    expect(seen?.headers.get('x-echo')).toBe('[REDACTED]');
    expect(seen && 'body' in seen).toBe(false);
  });
});
