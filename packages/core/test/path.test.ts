import { describe, expect, it } from 'vitest';
import { RequestValidationError } from '../src/index';
import { clientFor, getUser, serve } from './helpers';

const hostile = ['../admin', 'a/b', '?x=1', '#f', '%2e%2e', 'a b', 'ünï/cødé', '..%2F..%2Fetc', 'a\\b', '../../../etc/passwd'];

describe('path parameters', () => {
  it.each(hostile)('keeps %j inside its one segment, encoded once', async (id) => {
    const server = await serve((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id, name: 'x' })),
    );
    await clientFor(server).request(getUser, { params: { id } });
    const [req] = server.requests;
    const segments = req!.path.split('/');
    expect(segments).toHaveLength(3);
    expect(segments[1]).toBe('users');
    expect(segments[2]).toBe(encodeURIComponent(id));
    expect(decodeURIComponent(segments[2]!)).toBe(id);
  });

  it.each(['', ' ', '.', '..', '\uD800'])('refuses %j before sending', async (id) => {
    const server = await serve((_req, res) => res.end('{}'));
    const error = await clientFor(server)
      .request(getUser, { params: { id } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.issues[0].path).toBe('params.id');
    expect(error.attempts).toBe(0);
    expect(server.requests).toHaveLength(0);
  });

  it('accepts numbers', async () => {
    const server = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"42","name":"n"}'));
    await clientFor(server).request(getUser, { params: { id: 42 } });
    expect(server.requests[0]!.path).toBe('/users/42');
  });

  it('keeps the base URL path and a trailing slash of the template', async () => {
    const server = await serve((_req, res) => res.writeHead(410).end());
    const { deleteUser } = await import('./helpers');
    const client = clientFor({ ...server, url: `${server.url}/iam/v1/` });
    await expect(client.request(deleteUser, { params: { id: 'me' } })).resolves.toBeUndefined();
    expect(server.requests[0]!.path).toBe('/iam/v1/users/me/');
  });
});
