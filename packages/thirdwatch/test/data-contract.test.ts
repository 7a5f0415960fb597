import { serve } from '@acct/harness/serve';
import { describe, expect, it } from 'vitest';
import { createThirdwatchClient, InternalServerError, RequestValidationError } from '../src/index';

const json = { 'content-type': 'application/json' };
const ok = (body: string) => (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(200, json).end(body);

async function clientOn(body: string) {
  const server = await serve(ok(body));
  return { server, tw: createThirdwatchClient({ apiKey: 'tw-key-123', baseURL: server.url, retryDelay: 1 }) };
}

describe('responses: a 200 means the event was recorded', () => {
  it.each([
    ['{}', {}],
    ['{"message":null}', { message: null }],
    ['', {}],
    ['{"message":"Success","eventId":"ev-1"}', { message: 'Success', eventId: 'ev-1' }],
  ])('resolves %j once, unknown fields kept', async (body, expected) => {
    const { server, tw } = await clientOn(body);
    await expect(tw.updateAccount({ _userId: 'u-1' })).resolves.toEqual(expected);
    expect(server.requests).toHaveLength(1);
  });

  it('still refuses a body that is not an object', async () => {
    const { tw } = await clientOn('[1]');
    await expect(tw.login({ _userId: 'u-1' })).rejects.toMatchObject({ name: 'ResponseValidationError', data: [1] });
  });
});

describe('requests: sent as the user wrote them', () => {
  it.each([
    ['an array', ['a', { b: 1 }]],
    ['null', null],
    ['a nested object', { plan: 'pro', seats: 3, tags: ['x'], meta: { nested: [null, true] } }],
    ['a string', 'note'],
  ])('sends _customInfo as %s verbatim', async (_name, customInfo) => {
    const { server, tw } = await clientOn('{"message":"ok"}');
    await tw.logout({ _userId: 'u-1', _customInfo: customInfo });
    expect(server.requests[0]!.json).toEqual({ _userId: 'u-1', _customInfo: customInfo });
  });

  it.each([
    ['_gender', '_nonBinary'],
    ['_socialSignOnType', '_apple'],
    ['_emailConfirmedStatus', '_expired'],
    ['_phoneConfirmedStatus', '_expired'],
    ['_accountStatus', '_suspended'],
  ])('sends a new %s value of the vendor form (%s)', async (field, value) => {
    const { server, tw } = await clientOn('{"message":"ok"}');
    await tw.updateAccount({ _userId: 'u-1', [field]: value });
    expect(server.requests[0]!.json).toEqual({ _userId: 'u-1', [field]: value });
  });

  it('sends a new _loginStatus value of the vendor form', async () => {
    const { server, tw } = await clientOn('{"message":"ok"}');
    await tw.login({ _userId: 'u-1', _loginStatus: '_blocked' });
    expect(server.requests[0]!.json).toEqual({ _userId: 'u-1', _loginStatus: '_blocked' });
  });

  it.each([
    ['_gender', 'female'],
    ['_accountStatus', 'active'],
    ['_socialSignOnType', 42],
  ])('refuses %s %j (not of the vendor form, or not a string)', async (field, value) => {
    const { server, tw } = await clientOn('{"message":"ok"}');
    const error = await tw.updateAccount({ _userId: 'u-1', [field]: value }).catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.issues[0].path).toBe(`body.${field}`);
    expect(server.requests).toHaveLength(0);
  });

  it.each([1_700_000_000, '1700000000', new Date(1_700_000_000)])(
    'refuses _originTimestamp %o as seconds, naming milliseconds',
    async (value) => {
      const { server, tw } = await clientOn('{"message":"ok"}');
      const error = await tw.login({ _userId: 'u-1', _originTimestamp: value }).catch((e) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect(error.message).toContain('must be Unix milliseconds');
      expect(server.requests).toHaveLength(0);
    },
  );
});

describe('errors and identification', () => {
  it('names the operation, URL, attempts and request id', async () => {
    const server = await serve((_req, res) =>
      res.writeHead(500, { ...json, 'x-request-id': 'req-77' }).end('{"message":"Temporary failure"}'),
    );
    const tw = createThirdwatchClient({ apiKey: 'tw-key-123', baseURL: server.url });
    const error = await tw.createAccount({ _userId: 'u-1' }).catch((e) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toBe(
      `createAccount: [POST] "${server.url}/v1/create_account": 500 Internal Server Error — Temporary failure (request id req-77)`,
    );
    expect(error).toMatchObject({ operation: 'createAccount', attempts: 1, requestId: 'req-77', url: `${server.url}/v1/create_account` });
    expect(error.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(error)).not.toContain('tw-key-123');
  });

  it('sends a User-Agent naming the package', async () => {
    const { server, tw } = await clientOn('{"message":"ok"}');
    await tw.linkSessionToUser({ _userID: 'u-1', _sessionId: 'guest-1' });
    expect(server.requests[0]!.headers['user-agent']).toMatch(/^@acct\/thirdwatch\/\S+ core\/\S+/);
    expect(server.requests[0]!.json).toEqual({ _userId: 'u-1', _sessionId: 'guest-1' });
  });
});
