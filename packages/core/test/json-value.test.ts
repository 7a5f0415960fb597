import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { defineEndpoint, entity, type JsonValue, jsonValue, RequestValidationError } from '../src/index';
import { fastCheck } from '../src/internal/fast-check';
import { clientFor, serve } from './helpers';

const track = defineEndpoint({
  operation: 'track',
  method: 'POST',
  path: '/track',
  body: v.strictObject({ info: v.optional(jsonValue()), list: v.optional(v.array(jsonValue())) }),
  idempotent: true,
  summary: 'Free-form body.',
  docs: 'https://example.test/track',
});

const WithExtra = entity({ id: v.string() }, { extra: jsonValue() });
const getRecord = defineEndpoint({
  operation: 'getRecord',
  method: 'GET',
  path: '/records/1',
  response: WithExtra,
  idempotent: true,
  summary: 'A record with a free-form field.',
  docs: 'https://example.test/records',
});

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

describe('jsonValue() refuses what JSON.stringify would change, before anything is sent', () => {
  it.each([
    ['NaN', { info: { score: Number.NaN } }, 'body.info.score', 'NaN (JSON sends null)'],
    ['Infinity', { info: Number.POSITIVE_INFINITY }, 'body.info', 'Infinity (JSON sends null)'],
    ['-Infinity deep down', { info: { a: [{ b: [0, Number.NEGATIVE_INFINITY] }] } }, 'body.info.a.0.b.1', '-Infinity'],
    ['a Map', { info: { m: new Map([['k', 'v']]) } }, 'body.info.m', 'a Map'],
    ['a Set', { info: new Set(['a']) }, 'body.info', 'a Set'],
    ['a RegExp', { info: { re: /x/ } }, 'body.info.re', 'a RegExp (JSON sends {})'],
    ['an invalid Date', { info: { when: new Date(Number.NaN) } }, 'body.info.when', 'an invalid Date (JSON sends null)'],
    ['undefined in an array', { info: [1, undefined] }, 'body.info.1', 'undefined in an array (JSON sends null)'],
    // biome-ignore lint/suspicious/noSparseArray: a hole is what is tested
    ['a hole in an array', { info: [1, , 3] }, 'body.info.1', 'undefined in an array'],
    ['a function in an array', { info: [() => 1] }, 'body.info.0', 'a function in an array (JSON sends null)'],
    ['a symbol in an array', { info: { tags: [Symbol('s')] } }, 'body.info.tags.0', 'a symbol in an array'],
    ['a function as an object value', { info: { cb: () => 1 } }, 'body.info.cb', 'a function (JSON drops the key)'],
    ['a symbol as an object value', { info: { s: Symbol('s') } }, 'body.info.s', 'a symbol (JSON drops the key)'],
    ['NaN as an item of array(jsonValue())', { list: ['a', Number.NaN] }, 'body.list.1', 'NaN'],
    ['undefined as an item of array(jsonValue())', { list: [undefined] }, 'body.list.0', 'undefined'],
  ])('%s → RequestValidationError naming the path and what was found, nothing sent', async (_name, body, path, found) => {
    const server = await serve((_req, res) => res.end());
    const error = await clientFor(server)
      .request(track, { body: body as never })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.attempts).toBe(0);
    expect(error.message).toContain(`${path}: Invalid type: Expected JSON but received ${found}`);
    expect(error.issues).toContainEqual({ path, message: expect.stringContaining(found) });
    expect(server.requests).toHaveLength(0);
  });

  it('sends what JSON keeps as given: undefined object values dropped, a valid Date as its ISO string, a toJSON once', async () => {
    const server = await serve((_req, res) => res.end());
    const info = {
      left: undefined,
      when: new Date(Date.UTC(2024, 0, 2)),
      own: { toJSON: () => 'mine' },
      deep: { list: [1, -0.5, 'a', null, true, { n: [] }] },
      bare: Object.assign(Object.create(null), { k: 'v' }),
    } as unknown as JsonValue;
    await clientFor(server).request(track, { body: { info, list: [1, { a: [2] }] } });
    expect(server.requests[0]!.json).toEqual({
      info: { when: '2024-01-02T00:00:00.000Z', own: 'mine', deep: { list: [1, -0.5, 'a', null, true, { n: [] }] }, bare: { k: 'v' } },
      list: [1, { a: [2] }],
    });
  });

  it('walks a value that refers to itself without hanging: the encoder refuses the cycle, a bad leaf is found first', async () => {
    const server = await serve((_req, res) => res.end());
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const encoded = await clientFor(server)
      .request(track, { body: { info: cyclic as JsonValue } })
      .catch((e) => e);
    expect(encoded).toBeInstanceOf(RequestValidationError);
    expect(encoded.message).toContain('Cannot be encoded as JSON');
    const bad: Record<string, unknown> = { self: undefined, n: Number.NaN };
    bad.self = bad;
    const refused = await clientFor(server)
      .request(track, { body: { info: bad as JsonValue } })
      .catch((e) => e);
    expect(refused.message).toContain('body.info.n: Invalid type: Expected JSON but received NaN');
    expect(server.requests).toHaveLength(0);
  });
});

describe('jsonValue() in a response', () => {
  it('keeps the compiled fast path', () => {
    expect(fastCheck(jsonValue())).toBeTypeOf('function');
    const check = fastCheck(WithExtra)!;
    expect(check).toBeTypeOf('function');
    expect(check(JSON.parse('{"id":"1","extra":{"a":[1,{"b":null}],"c":"x"}}'))).toBe(true);
  });

  it('reads a free-form field nested 1 000 000 levels deep (no recursion)', async () => {
    const depth = 1_000_000;
    const text = `{"id":"1","extra":${'['.repeat(depth)}1${']'.repeat(depth)}}`;
    const server = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(text));
    const record = (await clientFor(server).request(getRecord, {})) as { id: string; extra: unknown };
    expect(record.id).toBe('1');
    let level = 0;
    for (let x = record.extra; Array.isArray(x); x = x[0]) level++;
    expect(level).toBe(depth);
  });
});

describe('jsonValue() and what JSON sends as it is', () => {
  it('takes a class instance (sent as its own fields, as JSON does) and a boxed string', async () => {
    const server = await serve((_req, res) => res.end());
    const info = { at: new Point(1, 2), label: new String('x') };
    await clientFor(server).request(track, { body: { info } } as never);
    expect(server.requests[0]!.json).toEqual({ info: { at: { x: 1, y: 2 }, label: 'x' } });
  });
});
