import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { defineEndpoint, RequestValidationError } from '../src/index';
import { clientFor, serve } from './helpers';

// An all-optional body, as Glowmarkt's updateAccount and IAM's partialUpdateMyUser have: valibot's
// object schemas take any object, and copy none of a Map's entries.
const updateAccount = defineEndpoint({
  operation: 'updateAccount',
  method: 'PUT',
  path: '/account/{id}',
  body: v.strictObject({ name: v.optional(v.string()) }),
  call: (id: string, body: { name?: string }) => ({ params: { id }, body }),
  idempotent: true,
  summary: 'Updates an account.',
  docs: 'https://example.test/update-account',
});

const strips = defineEndpoint({
  operation: 'strips',
  method: 'POST',
  path: '/strips',
  body: v.pipe(
    v.object({ name: v.optional(v.string()) }),
    v.transform((b) => ({ ...b, sent: true })),
  ),
  idempotent: true,
  summary: 'A body schema valibot always runs.',
  docs: 'https://example.test/strips',
});

const upload = defineEndpoint({
  operation: 'upload',
  method: 'POST',
  path: '/upload',
  contentType: 'multipart',
  body: v.strictObject({ file: v.custom<Blob>((x) => x instanceof Blob), note: v.optional(v.string()) }),
  idempotent: false,
  summary: 'A multipart upload.',
  docs: 'https://example.test/upload',
});

const freeForm = defineEndpoint({
  operation: 'freeForm',
  method: 'POST',
  path: '/free',
  body: v.pipe(
    v.instance(Date),
    v.transform((d) => ({ at: d.toISOString() })),
  ),
  idempotent: true,
  summary: 'A body schema that is not an object: a Date is what it takes.',
  docs: 'https://example.test/free',
});

class Account {
  name = 'Ann';
}

describe('a body that is not a plain object, where the schema is an object', () => {
  it.each([
    ['a Map', new Map([['name', 'Ann']]), 'Map'],
    ['an empty array', [], 'Array'],
    ['a Date', new Date(), 'Date'],
    ['a Set', new Set(['Ann']), 'Set'],
    ['empty bytes', new Uint8Array(0), 'Uint8Array'],
    ['an ArrayBuffer', new ArrayBuffer(8), 'ArrayBuffer'],
  ])('%s → RequestValidationError, nothing sent (was sent as {})', async (_name, body, what) => {
    const server = await serve((_req, res) => res.end());
    const error = await clientFor(server)
      .request(updateAccount, { params: { id: 'acc' }, body: body as never })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.attempts).toBe(0);
    expect(error.issues).toEqual([{ path: 'body', message: `Invalid type: Expected a plain object but received ${what}` }]);
    expect(error.message).toContain('nothing was sent');
    expect(server.requests).toHaveLength(0);
  });

  it('is refused by a schema valibot runs every time (a pipe with a transform) too', async () => {
    const server = await serve((_req, res) => res.end());
    const error = await clientFor(server)
      .request(strips, { body: new Map([['name', 'Ann']]) as never })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.issues[0].message).toContain('received Map');
    await clientFor(server).request(strips, { body: { name: 'Ann' } });
    expect(server.requests.map((r) => r.json)).toEqual([{ name: 'Ann', sent: true }]);
  });

  it('null is refused where an object is required', async () => {
    const server = await serve((_req, res) => res.end());
    const error = await clientFor(server)
      .request(updateAccount, { params: { id: 'acc' }, body: null as never })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it('plain objects, null-prototype ones included, are sent as given; a class instance as its own fields', async () => {
    const server = await serve((_req, res) => res.end());
    const client = clientFor(server);
    await client.request(updateAccount, { params: { id: 'acc' }, body: { name: 'Ann' } });
    await client.request(updateAccount, { params: { id: 'acc' }, body: Object.assign(Object.create(null), { name: 'Bo' }) });
    await client.request(updateAccount, { params: { id: 'acc' }, body: {} });
    await client.request(updateAccount, { params: { id: 'acc' }, body: new Account() });
    expect(server.requests.map((r) => r.text)).toEqual(['{"name":"Ann"}', '{"name":"Bo"}', '{}', '{"name":"Ann"}']);
  });

  it('a multipart body with a Blob or bytes still goes out', async () => {
    const server = await serve((_req, res) => res.end());
    await clientFor(server).request(upload, { body: { file: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), note: 'n' } });
    expect(server.requests[0]!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(server.requests[0]!.text).toContain('name="note"');
  });

  it('a body schema that is not an object decides for itself (a Date taken on purpose)', async () => {
    const server = await serve((_req, res) => res.end());
    await clientFor(server).request(freeForm, { body: new Date(Date.UTC(2024, 0, 2)) });
    expect(server.requests[0]!.json).toEqual({ at: '2024-01-02T00:00:00.000Z' });
  });
});
