import { describe, expect, it } from 'vitest';
import { errorMessage } from '../src/error-message';
import { BadRequestError, UnprocessableEntityError } from '../src/index';
import { failure, human, json, setup } from './helpers';

const validation = {
  detail: [
    { loc: ['body', 'new_password'], msg: 'String should have at least 8 characters', type: 'string_too_short' },
    { loc: ['body', 'email'], msg: 'value is not a valid email address', type: 'value_error' },
  ],
};

describe('error bodies', () => {
  it('a FastAPI 422 names each failing field', async () => {
    const { iam } = await setup(json(422, validation));
    const error = await failure(iam.partialUpdateMyUser({ email: 'nope' }));
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error.message).toMatch(
      /: 422 Unprocessable Entity — new_password: String should have at least 8 characters; email: value is not a valid email address$/,
    );
    expect(error.body).toEqual(validation);
  });

  it('a {"detail": "…"} body becomes the message', async () => {
    const { iam } = await setup(json(400, { detail: 'Current password is incorrect' }));
    const error = await failure(iam.changeMyPassword({ current_password: 'x-1', new_password: 'y-2', new_password_confirmation: 'y-2' }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toMatch(/400 Bad Request — Current password is incorrect$/);
  });

  it.each([
    [{ detail: [{ loc: ['query', 'limit'], msg: 'bad' }] }, 'query.limit: bad'],
    [{ detail: [{ loc: ['body'], msg: 'Field required' }] }, 'body: Field required'],
    [{ detail: [{ msg: 'no location' }, 'junk'] }, 'no location; invalid'],
    [{ detail: [] }, undefined],
    [{ detail: 'text' }, undefined],
    ['<html></html>', undefined],
    [null, undefined],
  ])('errorMessage(%j) → %s', (body, message) => {
    expect(errorMessage(body)).toBe(message);
  });
});

describe('retries', () => {
  it.each([
    ['getMyUser', [], human],
    ['updateMyConfig', [{ dark_mode: true }], {}],
    ['partialUpdateMyUser', [{ last_name: 'Lee' }], human],
    ['deleteProfileAvatar', [], {}],
  ] as const)('%s is retried after a 500 (idempotent)', async (operation, args, body) => {
    const { server, iam } = await setup((req, res, n) =>
      json(n === 0 ? 500 : operation === 'deleteProfileAvatar' ? 202 : 200, body)(req, res, n),
    );
    const call = iam[operation] as (...a: unknown[]) => Promise<unknown>;
    await expect(call(...args)).resolves.toEqual(body);
    expect(server.requests).toHaveLength(2);
  });

  it('deleteMyUser is retried after a 502 and then succeeds on 410', async () => {
    const { server, iam } = await setup((req, res, n) => json(n === 0 ? 502 : 410)(req, res, n));
    await expect(iam.deleteMyUser()).resolves.toBeUndefined();
    expect(server.requests).toHaveLength(2);
  });

  it.each(['syncMyUserFromAuthService', 'changeMyPassword'] as const)('%s (a POST) is not retried after a 500', async (operation) => {
    const { server, iam } = await setup(json(500, { detail: 'Internal Server Error' }));
    const args =
      operation === 'changeMyPassword' ? [{ current_password: 'a-1', new_password: 'b-2', new_password_confirmation: 'b-2' }] : [];
    await expect((iam[operation] as (...a: unknown[]) => Promise<unknown>)(...args)).rejects.toMatchObject({
      name: 'InternalServerError',
      attempts: 1,
    });
    expect(server.requests).toHaveLength(1);
  });
});
