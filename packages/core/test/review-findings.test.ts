import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { bearer, createRedactor, RequestValidationError, ResponseValidationError } from '../src/index';
import { fastCheck } from '../src/internal/fast-check';
import { clientFor, createUser, getUser, serve } from './helpers';

// Findings of an adversarial review, each reproduced first against the code it fixes.
const TOKEN = 'tok/AbC+dEf/123==';

describe('review findings', () => {
  it('redacts inside an object whose prototype a server key chose (details built from `__proto__`)', () => {
    const redactor = createRedactor([TOKEN]);
    const fields = Object.setPrototypeOf({ new_password: [`token ${TOKEN}`] }, []);
    const copy = redactor.value({ fields });
    expect(JSON.stringify(copy)).not.toContain(TOKEN);
    expect(Object.getPrototypeOf(copy.fields)).toBe(Object.prototype);
  });

  it('redacts a credential the server JSON-escaped in a ResponseValidationError body', async () => {
    const server = await serve((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(`{"id":5,"note":"issued tok\\/AbC+dEf\\/123==","t":"\\u0074ok\\/AbC+dEf\\/123=="}`),
    );
    const error = await clientFor(server, { auth: { default: bearer(TOKEN) } })
      .request(getUser, { params: { id: '1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(JSON.parse(error.body)).toEqual({ id: 5, note: 'issued [REDACTED]', t: '[REDACTED]' });
    expect(JSON.stringify(error)).not.toContain('AbC+dEf');
  });

  it('compiles only valibot schemas, leaves `object` (which strips keys) to valibot, and never keeps an own __proto__ key', () => {
    const foreign = { '~standard': { version: 1, vendor: 'zod', validate: () => ({ issues: [{ message: 'no' }] }) }, type: 'string' };
    expect(fastCheck(foreign)).toBeUndefined();
    expect(fastCheck(v.object({ id: v.string() }))).toBeUndefined();
    const loose = v.looseObject({ id: v.string() });
    const parsed = JSON.parse('{"id":"1","__proto__":{"isAdmin":true}}');
    expect(fastCheck(loose)!(parsed)).toBe(false); // valibot decides, and drops the key
    expect(Object.assign({}, v.parse(loose, parsed)).isAdmin).toBeUndefined();
  });

  it('refuses a signal-like object without removeEventListener before sending', async () => {
    const server = await serve((_req, res) => res.end('{"id":"1","name":"n"}'));
    const duck = { aborted: false, addEventListener() {} } as unknown as AbortSignal;
    const error = await clientFor(server)
      .request(createUser, { body: { name: 'ann' } }, { signal: duck })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it('turns a throwing getter or Proxy in the input into a RequestValidationError with nothing sent', async () => {
    const server = await serve((_req, res) => res.end('{"id":"1","name":"n"}'));
    const body = {
      get name(): string {
        throw new Error('getter exploded');
      },
    };
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('ownKeys trap');
        },
      },
    );
    for (const [input, options] of [
      [{ body }, undefined],
      [{ body: { name: 'ann' } }, trap],
      [{ body: { name: 'ann' } }, { headers: trap }],
    ] as const) {
      const error = await clientFor(server)
        .request(createUser, input as never, options as never)
        .catch((e) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect(error.attempts).toBe(0);
    }
    expect(server.requests).toHaveLength(0);
  });
});
