import { reply } from '@acct/harness';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ApiError, type IamCurrentUser, NotFoundError, ResponseValidationError } from '../src/index';
import { failure, human, json, setup } from './helpers';

const config = {
  email_signature: '',
  dark_mode: true,
  property_rent_subscriptions: [],
  send_notification_by_mail: false,
  raw_html_email: false,
  interface_config: {},
};
const flags = {
  rental_file_submitted: true,
  rental_file_created: true,
  rental_file_deletion: true,
  rental_file_analyzed: true,
  rental_file_collected: true,
  insurance_agreement: false,
};
const notifications = { app: flags, email: { ...flags, notifications_overview: true } };

describe('every operation', () => {
  it.each([
    [
      'changeMyPassword',
      'POST',
      '/iam/v1/users/me/password/',
      202,
      {},
      { current_password: 'old-Pass1', new_password: 'new-Pass2', new_password_confirmation: 'new-Pass2' },
    ],
    ['deleteMyUser', 'DELETE', '/iam/v1/users/me/', 410, undefined, undefined],
    ['deleteProfileAvatar', 'DELETE', '/iam/v1/users/me/avatar/', 202, {}, undefined],
    ['getMyConfig', 'GET', '/iam/v1/users/me/config/', 200, config, undefined],
    ['getMyUser', 'GET', '/iam/v1/users/me/', 200, human, undefined],
    ['getUserNotificationPreferences', 'GET', '/iam/v1/users/me/notification-preferences/', 200, notifications, undefined],
    ['partialUpdateMyUser', 'PATCH', '/iam/v1/users/me/', 200, human, { first_name: 'Ann' }],
    ['syncMyUserFromAuthService', 'POST', '/iam/v1/users/me/sync-from-auth/', 202, {}, undefined],
    ['updateMyConfig', 'PUT', '/iam/v1/users/me/config/', 200, config, config],
    ['updateUserNotificationPreferences', 'PUT', '/iam/v1/users/me/notification-preferences/', 200, notifications, notifications],
  ] as const)('%s: %s %s succeeds on %i', async (operation, method, path, status, body, input) => {
    const { server, iam } = await setup(json(status, body));
    const call = iam[operation] as (...args: unknown[]) => Promise<unknown>;
    const result = await (input === undefined ? call() : call(input));
    expect(result).toEqual(body);
    expect(server.requests[0]).toMatchObject({ method, path });
    expect(server.requests[0]!.json).toEqual(input);
  });

  it('deleteMyUser resolves to undefined on the empty 410 Gone', async () => {
    const { iam } = await setup(json(410));
    const { data, status } = await iam.deleteMyUser().withResponse();
    expect(data).toBeUndefined();
    expect(status).toBe(410);
  });

  it('a 410 is an error for every other operation', async () => {
    const { iam } = await setup(json(410));
    const error = await failure(iam.getMyUser());
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(410);
  });

  it.each([
    ['changeMyPassword', 200],
    ['syncMyUserFromAuthService', 200],
    ['deleteProfileAvatar', 204],
    ['deleteMyUser', 204],
  ] as const)('%s takes an undocumented %i for success too (a 2xx: what was asked is done)', async (operation, status) => {
    const { iam, server } = await setup(json(status, {}));
    const call = iam[operation] as (body?: unknown) => Promise<unknown>;
    const body =
      operation === 'changeMyPassword' ? { current_password: 'a-1', new_password: 'b-2', new_password_confirmation: 'b-2' } : undefined;
    // Resolves (with the body the schema reads, `{}`, or `undefined` without one), sent once.
    await call(body);
    expect(server.requests).toHaveLength(1);
  });
});

describe('getMyUser', () => {
  it('narrows a human user and a service account by user_type, keeping new fields', async () => {
    const machine = { user_type: 'Machine', id: 'sa_01', name: 'billing-bot', scopes: ['user'] };
    const { iam } = await setup((_req, res, n) => reply(res, 200, n === 0 ? { ...human, nickname: 'annie' } : machine));
    const me: IamCurrentUser = await iam.getMyUser();
    if (me.user_type !== 'Human') throw new Error('expected a human');
    expectTypeOf(me.first_name).toEqualTypeOf<string | null | undefined>();
    expect(me).toMatchObject({ first_name: 'Ann', nickname: 'annie' });
    const bot = await iam.getMyUser();
    if (bot.user_type !== 'Machine') throw new Error('expected a service account');
    expectTypeOf(bot.name).toEqualTypeOf<string | null | undefined>();
    expect(bot).toEqual(machine);
  });

  it('accepts null for optional fields and a state the spec does not list', async () => {
    const { iam } = await setup(json(200, { ...human, phone: null, avatar: null, state: 'USER_STATE_ARCHIVED' }));
    await expect(iam.getMyUser()).resolves.toMatchObject({ phone: null, state: 'USER_STATE_ARCHIVED' });
  });

  it('reads an organization with only its required fields, and refuses one without an id', async () => {
    const organization = { id: 'org_01', name: 'Agence Martin' };
    const { iam } = await setup((_req, res, n) => reply(res, 200, { ...human, organization: n === 0 ? organization : { name: 'x' } }));
    await expect(iam.getMyUser()).resolves.toMatchObject({ organization });
    const error = await failure(iam.getMyUser());
    expect(error.issues).toEqual([{ path: 'organization.id', message: expect.any(String) }]);
  });

  it('refuses a user_type the spec does not define', async () => {
    const { iam } = await setup(json(200, { user_type: 'Robot', id: 'x' }));
    await expect(iam.getMyUser()).rejects.toBeInstanceOf(ResponseValidationError);
  });
});

describe('human-only operations', () => {
  it('a service account gets NotFoundError from getMyConfig', async () => {
    const { iam } = await setup(json(404, { detail: 'User not found' }));
    const error = await failure(iam.getMyConfig());
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toMatch(/\[GET\] ".*\/iam\/v1\/users\/me\/config\/": 404 Not Found — User not found$/);
  });
});
