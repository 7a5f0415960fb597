import { describe, expect, it } from 'vitest';
import { BadRequestError, createRedactor, REDACTED } from '../src/index';
import { clientFor, getUser, serve } from './helpers';

const nested = (depth: number, leaf: unknown): unknown => (depth === 0 ? leaf : { a: nested(depth - 1, leaf) });
const leafOf = (v: unknown): unknown => {
  let x = v as { a?: unknown };
  while (x && typeof x === 'object' && 'a' in x) x = x.a as typeof x;
  return x;
};

describe('safe copies of server data', () => {
  it('keeps an own "__proto__" key as data: error.body is not re-parented', async () => {
    const server = await serve((_req, res) =>
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"__proto__":{"isAdmin":true},"message":"no"}'),
    );
    const error = await clientFor(server)
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.body.isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(error.body)).toBe(Object.prototype);
    expect(Object.hasOwn(error.body, '__proto__')).toBe(true);
    expect(JSON.stringify(error.body)).toBe('{"__proto__":{"isAdmin":true},"message":"no"}');
  });

  it('copies a "__proto__" response header as data', async () => {
    const server = await serve((_req, res) => {
      res.setHeader('__proto__', 'x');
      res.writeHead(400, { 'content-type': 'text/plain' }).end('no');
    });
    const error = await clientFor(server)
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(Object.getPrototypeOf(error.headers)).toBe(Object.prototype);
    expect(Object.hasOwn(error.headers, '__proto__')).toBe(true);
  });

  it('redacts past the depth limit instead of returning the subtree', () => {
    const redactor = createRedactor(['hunter2-secret']);
    const copy = redactor.value(nested(100, { password: 'hunter2-secret', note: 'hunter2-secret' }));
    expect(JSON.stringify(copy)).not.toContain('hunter2');
    expect(leafOf(copy)).toBe(REDACTED);
    const arrays = redactor.value(JSON.parse(`${'['.repeat(60)}"hunter2-secret"${']'.repeat(60)}`));
    expect(JSON.stringify(arrays)).not.toContain('hunter2');
  });

  it('a password echoed 40 levels deep never reaches error.body or JSON.stringify(error)', async () => {
    const body = JSON.stringify(nested(40, { password: 'echoed-pass-1234' }));
    const server = await serve((_req, res) => res.writeHead(400, { 'content-type': 'application/json' }).end(body));
    const error = await clientFor(server)
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(JSON.stringify(error)).not.toContain('echoed-pass-1234');
  });
});
