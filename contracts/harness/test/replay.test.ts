import { describe, expect, it } from 'vitest';
import { type Exchange, fill, revive, startReplay } from '../src/index';

const exchanges: Exchange[] = [
  {
    request: {
      method: 'POST',
      path: '/users/search',
      headers: { authorization: 'Bearer {{token}}', 'x-absent': null },
      body: { name: 'a' },
    },
    response: { status: 200, body: [{ id: '{{token}}' }] },
  },
  { request: { method: 'GET', path: '/page' }, response: { status: 404, headers: { 'content-type': 'text/html' }, text: '<h1>gone</h1>' } },
];
const credentials = { token: 'tok-1' };
const post = (url: string, headers: Record<string, string>, body: unknown) =>
  fetch(`${url}/users/search`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('replay server', () => {
  it('serves matching requests in sequence, placeholders filled', async () => {
    const server = await startReplay([{ exchanges, credentials }], 'sequence');
    try {
      const first = await post(server.url, { authorization: 'Bearer tok-1' }, { name: 'a' });
      expect(first.status).toBe(200);
      expect(await first.json()).toEqual([{ id: 'tok-1' }]);
      const second = await fetch(`${server.url}/page`);
      expect(second.status).toBe(404);
      expect(second.headers.get('content-type')).toBe('text/html');
      expect(await second.text()).toBe('<h1>gone</h1>');
      expect(server.problems).toEqual([]);
      expect(server.pending()).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('fails loudly on a wrong header, body, path, extra request, and reports what was never asked', async () => {
    const server = await startReplay([{ exchanges, credentials }], 'sequence');
    try {
      const wrong = await post(server.url, { authorization: 'Bearer nope', 'x-absent': '1' }, { name: 'b' });
      expect(wrong.status).toBe(599);
      expect(server.problems[0]).toMatch(/header authorization: different value/);
      expect(server.problems[0]).toMatch(/header x-absent: different value, must be absent/);
      expect(server.problems[0]).toMatch(/body \{"name":"b"\} ≠ \{"name":"a"\}/);
      expect(server.problems[0]).not.toContain('tok-1'); // credentials never printed
      expect((await fetch(`${server.url}/elsewhere`)).status).toBe(599);
      expect(server.pending()).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it('routes by request in route mode, successes first, with vendor prefixes', async () => {
    const both: Exchange[] = [{ ...exchanges[0]!, response: { status: 500, text: 'x' } }, exchanges[0]!];
    const server = await startReplay([{ prefix: '/ts', exchanges: both, credentials }], 'route');
    try {
      const res = await fetch(`${server.url}/ts/users/search`, {
        method: 'POST',
        headers: { authorization: 'Bearer tok-1', 'content-type': 'application/json' },
        body: '{"name":"a"}',
      });
      expect(res.status).toBe(200);
      expect((await fetch(`${server.url}/users/search`, { method: 'POST' })).status).toBe(599);
      expect(server.problems).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('fills basic placeholders and revives binary and date arguments', () => {
    expect(fill('{{basic u p}}', { u: 'a', p: 'b' })).toBe(`Basic ${btoa('a:b')}`);
    expect(fill({ x: ['{{t}}', '{{missing}}'] }, { t: '1' })).toEqual({ x: ['1', '{{missing}}'] });
    expect(revive([{ $bytes: 'AQI=' }, { $date: '2020-01-01T00:00:00Z' }])).toEqual([
      new Uint8Array([1, 2]),
      new Date('2020-01-01T00:00:00Z'),
    ]);
  });
});
