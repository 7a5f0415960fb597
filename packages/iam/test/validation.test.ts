import { describe, expect, it } from 'vitest';
import { RequestValidationError } from '../src/index';
import { failure, json, setup } from './helpers';

const passwords = { current_password: 'old-Pass1', new_password: 'new-Pass2', new_password_confirmation: 'new-Pass2' };

describe('changeMyPassword', () => {
  it('refuses a confirmation that differs from the new password, without echoing either', async () => {
    const { server, iam } = await setup(json(202, {}));
    const error = await failure(iam.changeMyPassword({ ...passwords, new_password_confirmation: 'new-Pass3' }));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.issues).toEqual([{ path: 'body.new_password_confirmation', message: 'Must equal new_password' }]);
    expect(error.message).not.toMatch(/new-Pass[23]|old-Pass1/);
    expect(server.requests).toHaveLength(0);
  });

  it.each(['current_password', 'new_password', 'new_password_confirmation'] as const)('requires %s', async (field) => {
    const { server, iam } = await setup(json(202, {}));
    const { [field]: _, ...rest } = passwords;
    const error = await failure(iam.changeMyPassword(rest as typeof passwords));
    expect(error.issues.map((i) => i.path)).toContain(`body.${field}`);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses empty passwords', async () => {
    const { iam } = await setup(json(202, {}));
    const error = await failure(iam.changeMyPassword({ current_password: '', new_password: '', new_password_confirmation: '' }));
    expect(error.issues.map((i) => i.path)).toEqual(['body.current_password', 'body.new_password', 'body.new_password_confirmation']);
  });
});

describe('request bodies are strict', () => {
  it.each([
    ['partialUpdateMyUser with a misspelt field', 'partialUpdateMyUser', { firstName: 'Ann' }],
    ['partialUpdateMyUser with user_type Machine', 'partialUpdateMyUser', { user_type: 'Machine' }],
    ['updateMyConfig with a string flag', 'updateMyConfig', { dark_mode: 'yes' }],
    ['updateMyConfig with an unknown field', 'updateMyConfig', { theme: 'dark' }],
    ['updateUserNotificationPreferences without email', 'updateUserNotificationPreferences', { app: {} }],
    ['updateUserNotificationPreferences with an unknown switch', 'updateUserNotificationPreferences', { app: { sms: true }, email: {} }],
  ] as const)('refuses %s before sending', async (_name, operation, body) => {
    const { server, iam } = await setup(json(200, {}));
    const call = iam[operation] as (body: unknown) => Promise<unknown>;
    await expect(call(body)).rejects.toBeInstanceOf(RequestValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it('sends only the fields given to partialUpdateMyUser', async () => {
    const { server, iam } = await setup(json(200, { user_type: 'Human', id: 'usr_01', phone: '+33600000000' }));
    await iam.partialUpdateMyUser({ phone: '+33600000000' });
    expect(server.requests[0]!.json).toEqual({ phone: '+33600000000' });
    expect(server.requests[0]!.headers['content-type']).toBe('application/json');
  });
});

describe('updateMyConfig', () => {
  it('refuses an interface_config value JSON would change (NaN sent as null), before sending', async () => {
    const { server, iam } = await setup(json(200, {}));
    const error = await failure(iam.updateMyConfig({ interface_config: { zoom: Number.NaN } } as never));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.issues).toEqual([
      { path: 'body.interface_config.zoom', message: 'Invalid type: Expected JSON but received NaN (JSON sends null)' },
    ]);
    expect(server.requests).toHaveLength(0);
  });
});
