import { reply } from '@acct/harness';
import { describe, expect, it } from 'vitest';
import { AuthenticationError, errorDetails, RequestValidationError } from '../src/index';
import { clientOn, serve, tsError } from './helpers';

describe('error shape', () => {
  it('an API error names the operation, the URL, the attempts, the request id and the vendor ids', async () => {
    const server = await serve((_req, res) => reply(res, 401, tsError(10013, 'Token expired'), { 'x-request-id': 'req-77' }));
    const error = await clientOn(server)
      .searchUsers({ name_pattern: 'ann' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    const url = `${server.url}/api/rest/2.0/users/search`;
    expect(error).toMatchObject({
      operation: 'searchUsers',
      method: 'POST',
      url,
      status: 401,
      attempts: 1,
      requestId: 'req-77',
      code: 10013,
      details: { incidentId: 'inc-1', traceId: 'trace-1' },
    });
    expect(error.message).toMatch(
      new RegExp(`^searchUsers: \\[POST\\] "${url}": 401 Unauthorized — Token expired \\(code 10013, incident inc-1\\)`),
    );
    expect(error.message).toContain('req-77');
    expect(typeof error.elapsedMs).toBe('number');
  });

  it('a refused request names the operation and the URL template, and nothing is sent', async () => {
    const server = await serve((_req, res) => res.writeHead(204).end());
    const error = await clientOn(server)
      .updateUser('ann', { account_type: 'LOCAL' } as never)
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({ operation: 'updateUser', method: 'POST', attempts: 0 });
    expect(error.url).toContain('/api/rest/2.0/users/');
    expect(server.requests).toHaveLength(0);
  });

  it('sends a User-Agent naming this package and core', async () => {
    const server = await serve((_req, res) => reply(res, 200, []));
    await clientOn(server).searchUsers();
    expect(server.requests[0]!.headers['user-agent']).toMatch(/^@acct\/thoughtspot\/\S+ core\/\S+ node\//);
  });

  it.each([
    ['the nested shape', tsError(10002, 'x'), { code: 10002, details: { incidentId: 'inc-1', traceId: 'trace-1' } }],
    ['the top-level v1 shape', { code: 10003, incident_id_guid: 'g-2', debug: '["x"]' }, { code: 10003, details: { incidentId: 'g-2' } }],
    ['a body without ids', { error: { message: 'Forbidden' } }, undefined],
    ['text', 'Access denied', undefined],
  ])('errorDetails reads %s', (_name, body, expected) => {
    const found = errorDetails(body);
    expect(found && JSON.parse(JSON.stringify(found))).toEqual(expected);
  });
});
