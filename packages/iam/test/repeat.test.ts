import { describe, expect, it } from 'vitest';
import { InternalServerError, NotFoundError, TimeoutError } from '../src/index';
import { failure, json, setup } from './helpers';

const passwords = { current_password: 'old-Pass1', new_password: 'new-Pass2', new_password_confirmation: 'new-Pass2' };

describe('deleteMyUser resolves when a retry finds the user already gone', () => {
  it('the first attempt deletes and its response is lost: the retry gets the documented 404 → success', async () => {
    // Issue 13: on main this was NotFoundError for a delete that succeeded.
    const { server, iam } = await setup((_req, res, n) =>
      n === 0 ? res.destroy() : json(404, { detail: 'User not found' })(_req, res, n),
    );
    const res = await iam.deleteMyUser().withResponse();
    expect(res).toMatchObject({ data: undefined, status: 404, attempts: 2 });
    expect(server.requests.map((r) => r.method)).toEqual(['DELETE', 'DELETE']);
  });

  it('a 500 (the server may have acted) followed by a 404 is a success too', async () => {
    const { server, iam } = await setup((req, res, n) => json(n === 0 ? 500 : 404, { detail: 'x' })(req, res, n));
    await expect(iam.deleteMyUser()).resolves.toBeUndefined();
    expect(server.requests).toHaveLength(2);
  });

  it('a 404 on the first attempt (a service account, a user that never existed) is still NotFoundError', async () => {
    const { iam } = await setup(json(404, { detail: 'User not found' }));
    const error = await failure(iam.deleteMyUser());
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.attempts).toBe(1);
  });

  it('a 503 (nothing was done) followed by a 404 is not taken for a deletion', async () => {
    const { iam } = await setup((req, res, n) => json(n === 0 ? 503 : 404, { detail: 'x' })(req, res, n));
    await expect(iam.deleteMyUser()).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('changeMyPassword is never sent twice once it may have reached the server', () => {
  it('after a timeout: one request, TimeoutError', async () => {
    const { server, iam } = await setup(() => {}, { maxRetries: 3 });
    const error = await failure(iam.changeMyPassword(passwords, { timeout: 1000 }));
    expect(error).toBeInstanceOf(TimeoutError);
    // On a loaded machine the request may be recorded just after the client gave up: wait for it (bounded).
    for (let i = 0; i < 40 && server.requests.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 100));
    expect(server.requests).toHaveLength(1);
    expect(error.attempts).toBe(1);
  });

  it.each([500, 502, 504])('after a %i: one request', async (status) => {
    const { server, iam } = await setup(json(status, { detail: 'boom' }), { maxRetries: 3 });
    await expect(iam.changeMyPassword(passwords)).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it('after a reset: one request', async () => {
    const { server, iam } = await setup((_req, res) => res.destroy(), { maxRetries: 3 });
    await failure(iam.changeMyPassword(passwords));
    expect(server.requests).toHaveLength(1);
  });

  it('a 429 (the server did nothing) is retried', async () => {
    const { server, iam } = await setup((req, res, n) => json(n === 0 ? 429 : 202, {})(req, res, n));
    await expect(iam.changeMyPassword(passwords).withResponse()).resolves.toMatchObject({ status: 202, attempts: 2 });
    expect(server.requests).toHaveLength(2);
  });
});
