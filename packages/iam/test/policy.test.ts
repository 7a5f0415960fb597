import { describe, expect, it } from 'vitest';
import { RequestValidationError, ResponseValidationError } from '../src/index';
import { failure, human, json, setup } from './helpers';

describe('responses: lenient where the doc promises nothing', () => {
  it('getMyUser with every optional field null, an organization with only its id, and unknown fields', async () => {
    const body = {
      user_type: 'Human',
      id: 'usr_01',
      ...Object.fromEntries(['first_name', 'last_name', 'email', 'phone', 'avatar', 'state', 'config', 'updated_at'].map((k) => [k, null])),
      organization: { id: 'org_01', name: null, logo: { url: 'https://cdn.example/logo.png' } },
      mfa_enabled: true,
    };
    const { iam } = await setup(json(200, body));
    await expect(iam.getMyUser()).resolves.toEqual(body);
  });

  it('getMyUser still refuses a user without its id, or an id of the wrong type', async () => {
    const { iam } = await setup((req, res, n) => json(200, n === 0 ? { user_type: 'Human' } : { ...human, id: 42 })(req, res, n));
    expect((await failure(iam.getMyUser())).issues.map((i) => i.path)).toEqual(['id']);
    const wrong = await failure(iam.getMyUser());
    expect(wrong).toBeInstanceOf(ResponseValidationError);
    expect((wrong as unknown as ResponseValidationError).data).toEqual({ ...human, id: 42 });
  });

  it('a present field of the wrong type is refused (types of present values are checked)', async () => {
    const { iam } = await setup(json(200, { ...human, email: 7 }));
    expect((await failure(iam.getMyUser())).issues.map((i) => i.path)).toEqual(['email']);
  });

  it('notification preferences with a channel null or absent, and a switch the SDK does not know', async () => {
    const body = { app: null, email: { insurance_agreement: true, rental_file_signed: false } };
    const { iam } = await setup((req, res, n) => json(200, n === 0 ? body : {})(req, res, n));
    await expect(iam.getUserNotificationPreferences()).resolves.toEqual(body);
    await expect(iam.getUserNotificationPreferences()).resolves.toEqual({});
  });

  it('settings with null fields and new ones', async () => {
    const body = { dark_mode: null, interface_config: null, property_rent_subscriptions: null, locale: 'fr-FR' };
    const { iam } = await setup(json(200, body));
    await expect(iam.getMyConfig()).resolves.toEqual(body);
  });

  it.each(['changeMyPassword', 'syncMyUserFromAuthService', 'deleteProfileAvatar'] as const)(
    '%s resolves on a 202 with an empty body or any JSON',
    async (operation) => {
      const { iam } = await setup((req, res, n) => json(202, n === 0 ? undefined : { status: 'queued' })(req, res, n));
      const call = iam[operation] as (body?: unknown) => Promise<unknown>;
      const body =
        operation === 'changeMyPassword' ? { current_password: 'a-1', new_password: 'b-2', new_password_confirmation: 'b-2' } : undefined;
      await expect(call(body)).resolves.toBeUndefined();
      await expect(call(body)).resolves.toEqual({ status: 'queued' });
    },
  );
});

describe('requests: free-form values sent exactly as given', () => {
  it('interface_config and property_rent_subscriptions keep arrays, nulls and nesting byte for byte', async () => {
    const body = {
      interface_config: { columns: ['name', 'rent'], filters: { city: null, rooms: [1, 2] }, zoom: 1.5 },
      property_rent_subscriptions: [{ property_id: 'p_1', channels: ['email'] }, null, 'p_2', 3],
    };
    const { server, iam } = await setup(json(200, body));
    await iam.updateMyConfig(body);
    expect(server.requests[0]!.json).toEqual(body);
    // The free-form values themselves are untouched, key order included (the body's own keys follow the schema).
    const sent = server.requests[0]!.json as typeof body;
    expect(JSON.stringify(sent.interface_config)).toBe(JSON.stringify(body.interface_config));
    expect(JSON.stringify(sent.property_rent_subscriptions)).toBe(JSON.stringify(body.property_rent_subscriptions));
  });

  it.each([
    ['an array', ['dark']],
    ['a Date', new Date(0)],
    ['a Map', new Map([['a', 1]])],
    ['null', null],
  ])('interface_config given %s is refused before sending, not rewritten (main sent {"0": …} or {})', async (_name, value) => {
    const { server, iam } = await setup(json(200, {}));
    const error = await failure(iam.updateMyConfig({ interface_config: value as never }));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.issues.map((i) => i.path)).toEqual(['body.interface_config']);
    expect(server.requests).toHaveLength(0);
  });
});
