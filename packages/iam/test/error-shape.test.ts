import { reply } from '@acct/harness';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ConnectionError,
  createIamClient,
  type IamChangePasswordBody,
  type IamClientOptions,
  type IamCurrentUser,
  type IamUser,
  type IamValidationDetails,
  NotFoundError,
  RequestValidationError,
  UnprocessableEntityError,
} from '../src/index';
import { failure, json, setup } from './helpers';

const validation = {
  detail: [
    { loc: ['body', 'new_password'], msg: 'String should have at least 8 characters', type: 'string_too_short' },
    { loc: ['body', 'new_password'], msg: 'Must contain a digit', type: 'value_error' },
    { loc: ['body', 'email'], msg: 'value is not a valid email address', type: 'value_error' },
  ],
};

describe('error shape', () => {
  it('an API error names the operation, method, URL, status, vendor message and request id', async () => {
    const { server, iam } = await setup((_req, res) => reply(res, 404, { detail: 'User not found' }, { 'x-request-id': 'req-7f3a' }));
    const error = await failure(iam.getMyConfig());
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe(
      `getMyConfig: [GET] "${server.url}/iam/v1/users/me/config/": 404 Not Found — User not found (request id req-7f3a)`,
    );
    expect(error).toMatchObject({ operation: 'getMyConfig', method: 'GET', attempts: 1, requestId: 'req-7f3a', status: 404 });
    expect((error as unknown as { elapsedMs: number }).elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('a 422 puts each failing field on details.fields and the raw list on details.errors', async () => {
    const { iam } = await setup(json(422, validation));
    const error = (await failure(iam.partialUpdateMyUser({ email: 'nope' }))) as unknown as UnprocessableEntityError;
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    const details = error.details as IamValidationDetails;
    // Core redacts values under password-like keys; the raw list keeps the server's messages.
    expect(details.fields).toEqual({ new_password: '[REDACTED]', email: 'value is not a valid email address' });
    expect(details.errors).toEqual(validation.detail);
    expect(error.code).toBeUndefined();
    expect(error.operation).toBe('partialUpdateMyUser');
  });

  it('details.fields maps each dotted loc to its messages', async () => {
    const body = {
      detail: [
        { loc: ['body', 'app', 'sms'], msg: 'Extra inputs are not permitted', type: 'extra_forbidden' },
        { loc: ['body', 'app', 'sms'], msg: 'again', type: 'x' },
        { msg: 'no loc' },
      ],
    };
    const { iam } = await setup(json(422, body));
    const error = (await failure(iam.getUserNotificationPreferences())) as unknown as UnprocessableEntityError;
    expect(error.details).toMatchObject({ fields: { 'app.sms': 'Extra inputs are not permitted; again', '(root)': 'no loc' } });
  });

  it('details.fields keeps field names that exist on every object (constructor, __proto__, toString) as own keys', async () => {
    const body = {
      detail: [
        { loc: ['body', 'constructor'], msg: 'field required', type: 'missing' },
        { loc: ['body', '__proto__'], msg: 'bad value', type: 'value_error' },
        { loc: ['body', 'toString'], msg: 'too long', type: 'value_error' },
        { loc: ['body', 'toString'], msg: 'again', type: 'value_error' },
      ],
    };
    const { iam } = await setup(json(422, body));
    const error = (await failure(iam.partialUpdateMyUser({ first_name: 'A' }))) as unknown as UnprocessableEntityError;
    const { fields } = error.details as IamValidationDetails;
    expect(Object.keys(fields)).toEqual(['constructor', '__proto__', 'toString']);
    expect(Object.getOwnPropertyDescriptor(fields, 'constructor')?.value).toBe('field required');
    expect(Object.getOwnPropertyDescriptor(fields, '__proto__')?.value).toBe('bad value');
    expect(Object.getOwnPropertyDescriptor(fields, 'toString')?.value).toBe('too long; again');
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
  });

  it('a {"detail": "…"} error has no details', async () => {
    const { iam } = await setup(json(400, { detail: 'Current password is incorrect' }));
    const error = await failure(iam.changeMyPassword({ current_password: 'x-1', new_password: 'y-2', new_password_confirmation: 'y-2' }));
    expect((error as unknown as { details: unknown }).details).toBeUndefined();
  });

  it('a refused body names the operation and the URL template; nothing is sent', async () => {
    const { server, iam } = await setup(json(200, {}));
    const error = await failure(iam.updateMyConfig({ dark_mode: 'yes' as never }));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({ operation: 'updateMyConfig', method: 'PUT', attempts: 0 });
    expect((error as unknown as { url: string }).url).toMatch(/\/iam\/v1\/users\/me\/config\/$/);
    expect(server.requests).toHaveLength(0);
  });

  it('a connection error carries operation, method, url and attempts', async () => {
    const { server, iam } = await setup((_req, res) => res.destroy(), { maxRetries: 1 });
    const error = await failure(iam.getMyUser());
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ operation: 'getMyUser', method: 'GET', attempts: 2, url: `${server.url}/iam/v1/users/me/` });
  });

  it('sends a User-Agent naming the SDK and core', async () => {
    const { server, iam } = await setup(json(200, { user_type: 'Machine', id: 'sa_1' }));
    await iam.getMyUser();
    expect(server.requests[0]!.headers['user-agent']).toMatch(/^@acct\/iam\/\S+ core\/\S+/);
  });
});

describe('types', () => {
  it('results and bodies have names, and mixed credentials name the conflict', () => {
    const iam = createIamClient({ apiKey: 'k-1234' });
    expectTypeOf(iam.getMyUser).returns.resolves.toEqualTypeOf<IamCurrentUser>();
    expectTypeOf(iam.partialUpdateMyUser).returns.resolves.toEqualTypeOf<IamUser>();
    expectTypeOf(iam.changeMyPassword).parameter(0).toEqualTypeOf<IamChangePasswordBody>();
    const mixed = { apiKey: 'k-1234', accessToken: 't-1234' };
    // @ts-expect-error — "`accessToken` cannot be combined with `apiKey`"
    const options: IamClientOptions = mixed;
    expect(() => createIamClient(options)).toThrow('give exactly one of');
  });
});
