import { reply, type TestServer } from '@acct/harness';
import { afterEach, describe, expect, it } from 'vitest';
import { BadRequestError, ConnectionError, InternalServerError, RequestValidationError, TimeoutError } from '../src/index';
import { ACCOUNT, setup } from './fixtures';

let server: TestServer | undefined;
afterEach(() => server?.close());

const NULLABLE = [
  'language_code',
  'created_at',
  'updated_at',
  'grouped_email_notification',
  'default_email_notification_frequency',
  'default_desktop_notification_frequency',
  'default_push_notification_frequency',
  'default_trending_email_notification_frequency',
  'permissions',
  'email_subscriptions',
  'name',
  'email',
  'phone',
  'client',
  'default_notification_phone',
];
const withAccount = (account: Record<string, unknown>) => ({ ...ACCOUNT, account: { ...ACCOUNT.account, ...account } });

describe('responses: null or absent where the doc promises nothing', () => {
  it.each(NULLABLE)('updateAccount resolves with %s: null, after one request', async (field) => {
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    const body = withAccount({ [field]: null });
    ({ server, mention } = await setup((_req, res) => reply(res, 200, body)));
    await expect(mention.updateAccount('630929_abc', { name: 'John Smith Jr' })).resolves.toEqual(body);
    expect(server.requests).toHaveLength(1);
  });

  it.each(['create_alert', 'read_teammembers', 'read_teamrequests', 'read_quotastats'])(
    'resolves with permissions.%s: null',
    async (flag) => {
      let mention: Awaited<ReturnType<typeof setup>>['mention'];
      const body = withAccount({ permissions: { ...ACCOUNT.account.permissions, [flag]: null } });
      ({ server, mention } = await setup((_req, res) => reply(res, 200, body)));
      await expect(mention.getMe()).resolves.toEqual(body);
    },
  );

  it('resolves with every optional field null at once, and without _links', async () => {
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    const account = {
      id: ACCOUNT.account.id,
      ...Object.fromEntries(NULLABLE.map((f) => [f, null])),
      email_subscriptions: { quota_exceeded: null },
    };
    ({ server, mention } = await setup((_req, res) => reply(res, 200, { account })));
    await expect(mention.getAccount(ACCOUNT.account.id)).resolves.toEqual({ account });
  });

  it.each([
    ['no id', { account: { name: 'x' } }],
    ['a numeric id', { account: { id: 630929 } }],
    ['an array for account', { account: [ACCOUNT.account] }],
    ['a wrong type where a value is present', withAccount({ grouped_email_notification: 'no' })],
  ])('still refuses %s, keeping the body on error.data', async (_name, body) => {
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup((_req, res) => reply(res, 200, body)));
    await expect(mention.getMe()).rejects.toMatchObject({ name: 'ResponseValidationError', data: body });
  });

  it('reads default_notification_phone.number as a number too', async () => {
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup((_req, res) =>
      reply(res, 200, withAccount({ default_notification_phone: { number: 33123456789 } })),
    ));
    expect((await mention.getMe()).account.default_notification_phone?.number).toBe(33123456789);
  });
});

describe('requests', () => {
  it.each([33123456789, '+33123456789'])('sends default_notification_phone.number %j as given', async (number) => {
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup());
    await mention.updateAccount('630929_abc', { default_notification_phone: { number } });
    expect(server.requests[0]!.json).toEqual({ default_notification_phone: { number } });
    expect(server.requests[0]!.text).toBe(JSON.stringify({ default_notification_phone: { number } }));
  });

  it.each([Number.NaN, true, ''])('refuses default_notification_phone.number %j', async (number) => {
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup());
    const error = await mention.updateAccount('630929_abc', { default_notification_phone: { number: number as never } }).catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('a password change is never sent twice', () => {
  const change = { old_password: 'Mypass1', new_password: 'Mysecuredpass2' };

  it('after a timeout: one request, TimeoutError', async () => {
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup(() => {}, { timeout: 200, maxRetries: 3 }));
    const error = await mention.updateAccount('630929_abc', change).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ['a 500', InternalServerError, (res: import('node:http').ServerResponse) => reply(res, 500, { error: 'oops' })],
    ['a reset', ConnectionError, (res: import('node:http').ServerResponse) => res.destroy()],
  ])('after %s: one request', async (_name, type, fail) => {
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup((_req, res) => fail(res), { maxRetries: 3 }));
    const error = await mention.updateAccount('630929_abc', { name: 'Jo', ...change }).catch((e) => e);
    expect(error).toBeInstanceOf(type);
    expect(server.requests).toHaveLength(1);
  });

  it('while an update without a password is retried after a 500', async () => {
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup((_req, res, n) => (n === 0 ? reply(res, 500, {}) : reply(res, 200, ACCOUNT))));
    await expect(mention.updateAccount('630929_abc', { name: 'Jo' }).withResponse()).resolves.toMatchObject({ attempts: 2 });
  });

  it('a password change is retried on 429 (Mention did not process it)', async () => {
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup((_req, res, n) => (n === 0 ? reply(res, 429, '') : reply(res, 200, ACCOUNT))));
    await expect(mention.updateAccount('630929_abc', change).withResponse()).resolves.toMatchObject({ attempts: 2 });
  });
});

describe('X-Rate-Limit-Reset applies to 429 and 503 only', () => {
  const farReset = () => String(Math.floor(Date.now() / 1000) + 3600);

  it.each([
    [500, 'backs off as usual'],
    [502, 'backs off as usual'],
  ])('a %i carrying the header %s instead of waiting for the window', async (status) => {
    const delays: number[] = [];
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup(
      (_req, res, n) => (n === 0 ? reply(res, status, {}, { 'X-Rate-Limit-Reset': farReset() }) : reply(res, 200, ACCOUNT)),
      { retryDelay: 1, maxRetryDelay: 30_000, logger: { warn: (_m, meta) => delays.push(meta?.delay as number) } },
    ));
    await expect(mention.getMe()).resolves.toEqual(ACCOUNT);
    expect(delays).toHaveLength(1);
    expect(delays[0]).toBeLessThanOrEqual(1);
  });

  it('a 503 carrying the header waits for the window (capped)', async () => {
    const delays: number[] = [];
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup(
      (_req, res, n) => (n === 0 ? reply(res, 503, {}, { 'X-Rate-Limit-Reset': farReset() }) : reply(res, 200, ACCOUNT)),
      { maxRetryDelay: 25, logger: { warn: (_m, meta) => delays.push(meta?.delay as number) } },
    ));
    await expect(mention.getMe()).resolves.toEqual(ACCOUNT);
    expect(delays).toEqual([25]);
  });
});

describe('error details and shape', () => {
  it('puts the 400 form errors on error.details as a map of field → messages', async () => {
    const form = {
      form: {
        errors: ['This form should not contain extra fields.'],
        children: {
          name: {},
          email: { errors: ['This value is not a valid email address.'] },
          default_notification_phone: { children: { number: { errors: ['This value is not a valid phone number.'] } } },
        },
      },
    };
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup((_req, res) => reply(res, 400, form, { 'x-request-id': 'req-9' })));
    const error = await mention.updateAccount('630929_abc', { email: 'john1@nasa' }).catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.details).toEqual({
      fields: {
        email: ['This value is not a valid email address.'],
        'default_notification_phone.number': ['This value is not a valid phone number.'],
      },
      errors: ['This form should not contain extra fields.'],
    });
    expect(error.code).toBeUndefined();
    expect(error).toMatchObject({
      operation: 'updateAccount',
      attempts: 1,
      requestId: 'req-9',
      method: 'PUT',
      url: `${server.url}/api/accounts/630929_abc`,
    });
    expect(error.message).toMatch(
      /^updateAccount: \[PUT\] "http:\/\/127\.0\.0\.1:\d+\/api\/accounts\/630929_abc": 400 Bad Request — .* \(request id req-9\)$/,
    );
  });

  it('puts the OAuth error of a 401 on error.code', async () => {
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup((_req, res) =>
      reply(res, 401, { error: 'invalid_grant', error_description: 'The access token provided has expired.' }),
    ));
    const error = await mention.getMe().catch((e) => e);
    expect(error).toMatchObject({ name: 'AuthenticationError', code: 'invalid_grant', operation: 'getMe', attempts: 1 });
    expect(error.message).toContain('401 Unauthorized — The access token provided has expired.');
  });

  it('sends a User-Agent naming the package', async () => {
    let mention: Awaited<ReturnType<typeof setup>>['mention'];
    ({ server, mention } = await setup());
    await mention.getMe();
    expect(server.requests[0]!.headers['user-agent']).toMatch(/^@acct\/mention\/\S+ core\/\S+/);
  });
});

describe('form errors from a hostile body', () => {
  it('keeps a form child named __proto__ as a key, and fields stay a plain object', async () => {
    const { formErrorDetails } = await import('../src/errors');
    const details = formErrorDetails(JSON.parse('{"form":{"children":{"__proto__":{"errors":["x"]},"email":{"errors":["bad"]}}}}'));
    const fields = details?.details?.fields as Record<string, string[]>;
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect(Object.keys(fields).sort()).toEqual(['__proto__', 'email']);
  });
});
