import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, createClient } from '../src/index';
import destr from '../src/internal/ofetch/destr';
import { withBase, withQuery } from '../src/internal/ofetch/ufo';
import { clientFor, getUser, serve } from './helpers';

// The real destr, as ofetch resolves it: the stand-in must give the same answers.
const fromOfetch = createRequire(createRequire(import.meta.url).resolve('ofetch'));
const realDestr = (fromOfetch('destr') as { destr: (text: string) => unknown }).destr;

describe("core's stand-ins for ofetch's ufo and destr", () => {
  it('the URL passes through: ofetch is never given a base or a query, and either would throw', () => {
    expect(withBase('https://api.example/v1/users', undefined)).toBe('https://api.example/v1/users');
    expect(withQuery('https://api.example/x?a=1#f', undefined)).toBe('https://api.example/x?a=1#f');
    expect(() => withBase('/users', 'https://api.example')).toThrow(/baseURL option is never set/);
    expect(() => withQuery('/users', { a: 1 })).toThrow(/query option is never set/);
  });

  it.each(['{"a":[1,2]}', '[1]', 'true', '12.5', 'null', 'plain text', '{"broken":'])('destr(%j) is destr’s', (text) => {
    expect(destr(text)).toEqual(realDestr(text));
  });
});

describe('fetchOptions carry fetch init options only', () => {
  // ofetch's own names would act (a query rewriting every URL, a timeout replacing the attempt's
  // signal, an onRequest beside the hooks); the others are set by the client per attempt.
  it.each([
    'query',
    'params',
    'baseURL',
    'timeout',
    'retry',
    'retryDelay',
    'retryStatusCodes',
    'onRequest',
    'onResponse',
    'onRequestError',
    'onResponseError',
    'parseResponse',
    'responseType',
    'ignoreResponseError',
    'method',
    'headers',
    'body',
    'signal',
    'redirect',
  ])('fetchOptions.%s is refused with a ConfigurationError naming it', (key) => {
    expect(() => createClient({ baseURL: 'https://api.example', fetchOptions: { [key]: 1 } })).toThrow(
      new RegExp(`\\\`fetchOptions\\.${key}\\\` is not a fetch init option`),
    );
    expect(() => createClient({ baseURL: 'https://api.example', fetchOptions: { [key]: 1 } })).toThrow(ConfigurationError);
  });

  it('fetch init options reach fetch, from a copy made when the client was created', async () => {
    const server = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1","name":"n"}'));
    const seen: RequestInit[] = [];
    const fetchOptions: Record<string, unknown> = { keepalive: true, cache: 'no-store' };
    const client = clientFor(server, {
      fetchOptions,
      fetch: (url: string, init: RequestInit) => {
        seen.push(init);
        return fetch(url, init);
      },
    });
    // Added after the check: never reaches ofetch (it would rewrite the URL).
    fetchOptions.query = { injected: 1 };
    await expect(client.request(getUser, { params: { id: '1' } })).resolves.toEqual({ id: '1', name: 'n' });
    expect(seen[0]).toMatchObject({ keepalive: true, cache: 'no-store' });
    expect(server.requests[0]).toMatchObject({ path: '/users/1', query: {} });
  });
});

describe('fetchOptions are read once: what was checked is what is sent', () => {
  it('a getter that shows the check one object and the request another cannot slip an ofetch option in', async () => {
    const server = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1","name":"n"}'));
    let reads = 0;
    const config = {
      baseURL: server.url,
      get fetchOptions() {
        reads++;
        // The first read passes the check; any later one would carry an ofetch option.
        return reads === 1 ? { keepalive: true } : { query: { injected: 1 } };
      },
    };
    const client = createClient(config);
    await expect(client.request(getUser, { params: { id: '1' } })).resolves.toEqual({ id: '1', name: 'n' });
    expect(server.requests[0]).toMatchObject({ path: '/users/1', query: {} });
  });

  it('a Proxy is copied once, and the copy is what is checked', () => {
    let lookups = 0;
    const sneaky = new Proxy({ onRequest: () => {} } as Record<string, unknown>, {
      getOwnPropertyDescriptor(target, key) {
        lookups++;
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
    expect(() => createClient({ baseURL: 'https://api.example', fetchOptions: sneaky })).toThrow(
      /`fetchOptions.onRequest` is not a fetch init option/,
    );
    expect(lookups).toBeGreaterThan(0);
  });
});
