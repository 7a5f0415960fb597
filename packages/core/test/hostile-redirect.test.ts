import { describe, expect, it } from 'vitest';
import { apiKeyHeader, RedirectError } from '../src/index';
import { isRetryable } from '../src/retry';
import { clientFor, createUser, getUser, serve } from './helpers';

const KEY = 'key-0123456789abcdef';
const ok = '{"id":"1","name":"n"}';
const STATUSES = [301, 302, 303, 307, 308];

/** The API, redirecting its first request to `to(api, foreign)`, and a foreign origin that records what reaches it. */
async function pair(status: number, to: (api: string, foreign: string) => string) {
  const foreign = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(ok));
  const api = await serve((req, res) => {
    if (req.path.startsWith('/moved')) return res.writeHead(200, { 'content-type': 'application/json' }).end(ok);
    res.writeHead(status, { location: to(api.url, foreign.url) }).end('moved');
  });
  const client = clientFor(api, { auth: { default: apiKeyHeader('x-api-key', KEY) }, maxRetries: 2 });
  return { api, foreign, client };
}

describe('redirect policy', () => {
  it.each(STATUSES)('never follows a %i to another origin: RedirectError, nothing reaches it, not retried', async (status) => {
    const { api, foreign, client } = await pair(status, (_a, f) => `${f}/steal?key=${KEY}`);
    const error = await client.request(getUser, { params: { id: '1' } }).catch((e) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.status).toBe(status);
    expect(error.attempts).toBe(1);
    expect(isRetryable(error, { idempotent: true })).toBe(false);
    expect(foreign.requests).toHaveLength(0);
    expect(api.requests).toHaveLength(1);
    expect(error.location).toBe(`${foreign.url}/steal?key=[REDACTED]`);
    expect(error.message).toContain('another origin');
    expect(error.message).toContain(foreign.url);
    expect(JSON.stringify(error)).not.toContain(KEY);
  });

  it.each(STATUSES)('follows a same-origin %i for GET, re-sending the same headers', async (status) => {
    const { api, client } = await pair(status, (a) => `${a}/moved/1`);
    await expect(client.request(getUser, { params: { id: '1' } })).resolves.toEqual({ id: '1', name: 'n' });
    expect(api.requests.map((r) => [r.method, r.path])).toEqual([
      ['GET', '/users/1'],
      ['GET', '/moved/1'],
    ]);
    expect(api.requests[1]!.headers['x-api-key']).toBe(KEY);
  });

  it.each(STATUSES)('never follows a %i for POST, even same-origin: no POST becomes a GET', async (status) => {
    const { api, foreign, client } = await pair(status, (a) => `${a}/moved`);
    const error = await client.request(createUser, { body: { name: 'ann', password: 'hunter2-secret' } }).catch((e) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.message).toContain('only GET and HEAD');
    expect(api.requests.map((r) => r.method)).toEqual(['POST']);
    expect(foreign.requests).toHaveLength(0);
  });

  it('stops after 5 same-origin hops', async () => {
    const api = await serve((req, res) => res.writeHead(302, { location: `${req.path}x` }).end());
    const error = await clientFor(api)
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.message).toContain('after 5 redirects');
    expect(api.requests).toHaveLength(6);
  });

  it('refuses a Location with userinfo and a relative Location that leaves the origin', async () => {
    for (const location of ['http://user:pw@127.0.0.1:1/x', '//example.invalid/x']) {
      const api = await serve((_req, res) => res.writeHead(301, { location }).end());
      const error = await clientFor(api)
        .request(getUser, { params: { id: '1' } })
        .catch((e) => e);
      expect(error).toBeInstanceOf(RedirectError);
      expect(api.requests).toHaveLength(1);
    }
  });

  it('returns a redirect status without Location as a RedirectError that says so', async () => {
    const api = await serve((_req, res) => res.writeHead(302).end());
    const error = await clientFor(api)
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.location).toBeUndefined();
    expect(error.message).toContain('without a Location header');
  });

  it("refuses a browser's opaque redirect (status 0), never reporting success", async () => {
    const api = await serve((_req, res) => res.writeHead(302, { location: '/moved' }).end());
    // What a browser's fetch gives for redirect: 'manual' — simulated over a real exchange.
    const browserLike: typeof fetch = async (input, init) => {
      const res = await globalThis.fetch(input, init);
      return Object.defineProperties(res, { type: { value: 'opaqueredirect' }, status: { value: 0 } });
    };
    const error = await clientFor(api, { fetch: browserLike })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.location).toBeUndefined();
    expect(error.message).toContain('hidden by the browser');
  });
});
