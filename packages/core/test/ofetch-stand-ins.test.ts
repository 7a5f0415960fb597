import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import destr from '../src/internal/ofetch/destr';
import { withBase, withQuery } from '../src/internal/ofetch/ufo';

// The real ufo and destr, as ofetch resolves them: the stand-ins must give the same answers.
const fromOfetch = createRequire(createRequire(import.meta.url).resolve('ofetch'));
const ufo = fromOfetch('ufo') as { withBase: typeof withBase; withQuery: typeof withQuery };
const realDestr = (fromOfetch('destr') as { destr: (text: string) => unknown }).destr;

describe("core's stand-ins for ofetch's ufo and destr", () => {
  it.each([
    ['/users', 'https://api.example/v1'],
    ['users', 'https://api.example/v1/'],
    ['https://other.example/x', 'https://api.example/v1'],
    ['https://api.example/v1/users', 'https://api.example/v1'],
    ['/users', undefined],
    ['/users', '/'],
    ['//cdn.example/x', 'https://api.example'],
  ])('withBase(%j, %j) is ufo’s', (input, base) => {
    expect(withBase(input, base)).toBe(ufo.withBase(input, base as string));
  });

  it.each([
    ['https://api.example/x', { a: 1, b: 'two' }],
    ['https://api.example/x?a=0&keep=1', { a: 1 }],
    ['https://api.example/x?a=0&keep=1', { a: undefined }],
    ['https://api.example/x', { list: ['p', 'q'] }],
    ['https://api.example/x#frag', { a: 'b c' }],
    ['https://api.example/x', { o: { n: 3 }, list: [{ k: 'v' }, null] }],
  ])('withQuery(%j, %j) means what ufo’s does', (input, query) => {
    const ours = new URL(withQuery(input, query as Record<string, unknown>));
    const theirs = new URL(ufo.withQuery(input, query as never));
    expect([ours.pathname, [...ours.searchParams], ours.hash]).toEqual([theirs.pathname, [...theirs.searchParams], theirs.hash]);
  });

  // Simple values, compared as text: the bare keys of null and '' included.
  it.each([
    ['https://api.example/x', { c: null, d: '', e: 0, f: false, g: 'h' }],
    ['https://api.example/x?a=1', { b: [1, 'two', true], a: undefined }],
    ['https://api.example/x?keep=1&a=0', { a: 2, empty: [] }],
  ])('withQuery(%j, %j) is ufo’s, character for character', (input, query) => {
    expect(withQuery(input, query as Record<string, unknown>)).toBe(ufo.withQuery(input, query as never));
  });

  it.each(['{"a":[1,2]}', '[1]', 'true', '12.5', 'null', 'plain text', '{"broken":'])('destr(%j) is destr’s', (text) => {
    expect(destr(text)).toEqual(realDestr(text));
  });
});
