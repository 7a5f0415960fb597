import { reply } from '@acct/harness';
import { describe, expect, it } from 'vitest';
import { BadRequestError, errorMessage, InternalServerError, PermissionDeniedError } from '../src/index';
import { ann, clientOn, serve, tsError } from './helpers';

describe('errorMessage', () => {
  it.each([
    [
      'the nested debug array',
      tsError(10002, 'Invalid parameter values: email', ''),
      'Invalid parameter values: email (code 10002, incident inc-1)',
    ],
    [
      'a plain-text debug',
      { error: { message: { debug: { code: 10002, debug: 'Invalid parameter values userName' } } } },
      'Invalid parameter values userName (code 10002)',
    ],
    [
      'a multi-line message',
      tsError(12325, 'Error Code: INTERNAL_ERROR\nError Message: No data source'),
      'Error Code: INTERNAL_ERROR Error Message: No data source (code 12325, incident inc-1)',
    ],
    ['"[null]"', { error: { message: { debug: { code: 10000, debug: '[null]' } } } }, 'ThoughtSpot error (code 10000)'],
    [
      'the top-level v1 shape',
      { code: 10003, incident_id_guid: 'g-2', debug: '["User not found"]' },
      'User not found (code 10003, incident g-2)',
    ],
    ['a string message', { error: { message: 'Forbidden' } }, 'Forbidden'],
  ])('reads %s', (_name, body, message) => {
    expect(errorMessage(body)).toBe(message);
  });

  it('leaves other bodies to the default reader', () => {
    expect(errorMessage({ detail: 'x' })).toBeUndefined();
    expect(errorMessage('oops')).toBeUndefined();
  });
});

describe('errors', () => {
  it('turns the nested body into the message of a typed error', async () => {
    const server = await serve((_req, res) => reply(res, 400, tsError(10002, 'Invalid parameter values: email')));
    const error = await clientOn(server)
      .createUser({ name: 'bo', display_name: 'Bo', email: 'not-an-email' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toBe(
      `createUser: [POST] "${server.url}/api/rest/2.0/users/create": 400 Bad Request — Invalid parameter values: email (code 10002, incident inc-1)`,
    );
    expect(error).toMatchObject({
      operation: 'createUser',
      code: 10002,
      details: { incidentId: 'inc-1', traceId: 'trace-1' },
      attempts: 1,
    });
    expect(error.body).toEqual(tsError(10002, 'Invalid parameter values: email'));
  });

  it('keeps the text and status of a body without a Content-Type', async () => {
    const server = await serve((_req, res) => {
      res.removeHeader('content-type');
      res.writeHead(403).end('Access denied for this Org');
    });
    const error = await clientOn(server)
      .searchUsers()
      .catch((e) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect([error.status, error.body]).toEqual([403, 'Access denied for this Org']);
    expect(error.message).toContain('403 Forbidden — Access denied for this Org');
  });

  it('reads a nested JSON body sent without a Content-Type', async () => {
    const server = await serve((_req, res) => res.writeHead(500).end(JSON.stringify(tsError(10000, 'Something went wrong'))));
    const error = await clientOn(server, { maxRetries: 0 })
      .deleteUser('bo')
      .catch((e) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toContain('500 Internal Server Error — Something went wrong (code 10000, incident inc-1)');
  });
});

describe('retries', () => {
  const flaky = (first: number) => serve((_req, res, n) => (n === 0 ? reply(res, first, tsError(10000, 'busy')) : reply(res, 200, [ann])));

  it.each([
    ['searchUsers', (ts: ReturnType<typeof clientOn>) => ts.searchUsers()],
    ['updateUser', (ts: ReturnType<typeof clientOn>) => ts.updateUser('ann', { display_name: 'A' })],
    ['deleteUser', (ts: ReturnType<typeof clientOn>) => ts.deleteUser('ann')],
    ['forceLogoutUsers', (ts: ReturnType<typeof clientOn>) => ts.forceLogoutUsers({ user_identifiers: ['ann'] })],
  ])('retries %s after a 500 (idempotent)', async (_name, call) => {
    const server = await serve((_req, res, n) => (n === 0 ? reply(res, 500, tsError(10000, 'busy')) : res.writeHead(204).end()));
    await call(clientOn(server)).catch(() => {}); // a 204 for search fails its schema: only the count matters
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    ['createUser', (ts: ReturnType<typeof clientOn>) => ts.createUser({ name: 'bo', display_name: 'Bo', email: 'b@x.io' })],
    ['importUsers', (ts: ReturnType<typeof clientOn>) => ts.importUsers({ users: [{ user_identifier: 'bo', display_name: 'Bo' }] })],
    [
      'deactivateUser',
      (ts: ReturnType<typeof clientOn>) => ts.deactivateUser({ user_identifier: 'bo', base_url: 'https://ts.example.com' }),
    ],
  ])('does not retry %s after a 500, but does after a 503', async (_name, call) => {
    const server = await flaky(500);
    await expect(call(clientOn(server))).rejects.toMatchObject({ name: 'InternalServerError', attempts: 1 });
    const busy = await flaky(503);
    await call(clientOn(busy)).catch(() => {});
    expect(busy.requests).toHaveLength(2);
  });

  it.each([
    [
      'activateUser',
      (ts: ReturnType<typeof clientOn>) => ts.activateUser({ user_identifier: 'bo', auth_token: 'act-tok-1', password: 'pw-1234' }),
    ],
    [
      'changeUserPassword',
      (ts: ReturnType<typeof clientOn>) =>
        ts.changeUserPassword({ user_identifier: 'bo', current_password: 'pw-1234', new_password: 'pw-5678' }),
    ],
    ['resetUserPassword', (ts: ReturnType<typeof clientOn>) => ts.resetUserPassword({ user_identifier: 'bo', new_password: 'pw-new-123' })],
  ])('never sends %s twice after a 500 or a 503 (repeat: never)', async (_name, call) => {
    for (const status of [500, 503]) {
      const server = await flaky(status);
      await expect(call(clientOn(server))).rejects.toMatchObject({ status, attempts: 1 });
      expect(server.requests).toHaveLength(1);
    }
  });
});
