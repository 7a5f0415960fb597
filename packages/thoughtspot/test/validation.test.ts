import { reply } from '@acct/harness';
import { describe, expect, it } from 'vitest';
import { RequestValidationError, ResponseValidationError } from '../src/index';
import { ann, clientOn, serve, unreadable } from './helpers';

describe('request schemas', () => {
  it.each([
    ['an unknown field (typo)', (ts) => ts.searchUsers({ name_patern: 'ann' } as never), 'body.name_patern'],
    ['a null filter (never sent as {})', (ts) => ts.searchUsers(null as never), 'body'],
    ['an unknown account_type', (ts) => ts.searchUsers({ account_type: 'LOCAL' } as never), 'body.account_type'],
    ['a privilege not of the vendor form', (ts) => ts.searchUsers({ privileges: ['AUTHORING', 'can manage'] }), 'body.privileges.1'],
    ['a privilege that is not a string', (ts) => ts.searchUsers({ privileges: [7] } as never), 'body.privileges.0'],
    ['a record_size below -1', (ts) => ts.searchUsers({ record_size: -2 }), 'body.record_size'],
    ['a fractional record_offset', (ts) => ts.searchUsers({ record_offset: 1.5 }), 'body.record_offset'],
    [
      'a sort field ThoughtSpot does not sort on',
      (ts) => ts.searchUsers({ sort_options: { field_name: 'EMAIL' } } as never),
      'body.sort_options.field_name',
    ],
    ['createUser without email', (ts) => ts.createUser({ name: 'bo', display_name: 'Bo' } as never), 'body.email'],
    [
      'a preferred_locale not of the BCP 47 form',
      (ts) => ts.createUser({ name: 'bo', display_name: 'Bo', email: 'b@x.io', preferred_locale: 'en_GB' }),
      'body.preferred_locale',
    ],
    [
      'a bare language as preferred_locale (ThoughtSpot locales carry a region or script)',
      (ts) => ts.updateUser('bo', { preferred_locale: 'english' }),
      'body.preferred_locale',
    ],
    [
      'a favorite of an unknown type',
      (ts) => ts.updateUser('bo', { favorite_metadata: [{ identifier: 'x', type: 'TABLE' }] } as never),
      'body.favorite_metadata.0.type',
    ],
    ['an unknown update operation', (ts) => ts.updateUser('bo', { operation: 'MERGE' } as never), 'body.operation'],
    ['an import without a users list', (ts) => ts.importUsers({ dry_run: true } as never), 'body.users'],
    [
      'an imported user without display_name',
      (ts) => ts.importUsers({ users: [{ user_identifier: 'bo' }] } as never),
      'body.users.0.display_name',
    ],
    [
      'activateUser without auth_token',
      (ts) => ts.activateUser({ user_identifier: 'bo', password: 'pw-secret-9' } as never),
      'body.auth_token',
    ],
  ] as [string, (ts: ReturnType<typeof clientOn>) => Promise<unknown>, string][])(
    'refuses %s before sending',
    async (_name, call, path) => {
      const server = await serve((_req, res) => reply(res, 200, {}));
      const error = await call(clientOn(server)).catch((e: RequestValidationError) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect((error as RequestValidationError).issues.map((i) => i.path)).toContain(path);
      expect(server.requests).toHaveLength(0);
    },
  );

  it('accepts record_size -1 (every user) and the documented nulls', async () => {
    const server = await serve((_req, res) => reply(res, 200, []));
    await clientOn(server).searchUsers({ record_size: -1, sort_options: null, notify_on_share: null });
    expect(server.requests[0]!.json).toEqual({ record_size: -1, sort_options: null, notify_on_share: null });
  });

  it('never echoes a password it refused', async () => {
    const server = await serve((_req, res) => reply(res, 200, {}));
    const error = await clientOn(server)
      .resetUserPassword({ new_password: 12345678 as never, user_identifier: 'bo' })
      .catch((e) => e);
    expect(error.message).toContain('body.new_password');
    expect(error.message).not.toContain('12345678');
  });
});

describe('forceLogoutUsers', () => {
  it.each([
    ['no list', {}],
    ['an empty list', { user_identifiers: [] }],
    ['a null list', { user_identifiers: null }],
  ])('refuses %s unless the caller opts in to logging everyone out', async (_name, body) => {
    const server = await serve((_req, res) => res.writeHead(204).end());
    const error = await clientOn(server)
      .forceLogoutUsers(body as never)
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toContain('logs out every user on the cluster');
    expect(server.requests).toHaveLength(0);
  });

  it('logs everyone out with { allUsers: true }, sending null as the doc says', async () => {
    const server = await serve((_req, res) => res.writeHead(204).end());
    await expect(clientOn(server).forceLogoutUsers({}, { allUsers: true })).resolves.toBeUndefined();
    expect(server.requests[0]!.json).toEqual({ user_identifiers: null });
  });

  it('passes the other call options on, and refuses options that are not an object', async () => {
    const server = await serve((_req, res) => res.writeHead(204).end());
    await clientOn(server).forceLogoutUsers({ user_identifiers: ['ann'] }, { headers: { 'x-trace': 't-1' } });
    expect(server.requests[0]!.headers['x-trace']).toBe('t-1');
    const error = await clientOn(server)
      .forceLogoutUsers({ user_identifiers: ['ann'] }, null as never)
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(server.requests).toHaveLength(1);
  });

  it("never throws: unreadable options reject with a RequestValidationError shaped like a generated method's", async () => {
    const server = await serve((_req, res) => res.writeHead(204).end());
    const ts = clientOn(server);
    const getter = {
      get allUsers(): boolean {
        throw new TypeError('getter boom');
      },
    };
    for (const options of [unreadable('options boom'), getter]) {
      let call: ReturnType<typeof ts.forceLogoutUsers> | undefined;
      expect(() => {
        call = ts.forceLogoutUsers({ user_identifiers: ['ann'] }, options as never);
      }).not.toThrow();
      const error = await call!.catch((e) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect(error.message).toMatch(
        /^forceLogoutUsers: \[POST\] ".*\/users\/force-logout": the input could not be read, nothing was sent — /,
      );
      expect(error).toMatchObject({ operation: 'forceLogoutUsers', method: 'POST', issues: [{ path: '(input)' }] });
      await expect(call!.withResponse()).rejects.toBe(error);
    }
    // The same input to a generated method: the same error but for the operation and its URL.
    const generated = await ts.searchUsers({}, unreadable('options boom')).catch((e) => e);
    const own = await ts.forceLogoutUsers({ user_identifiers: ['ann'] }, unreadable('options boom')).catch((e) => e);
    const shape = (e: RequestValidationError) => ({
      name: e.name,
      issues: e.issues,
      method: e.method,
      attempts: e.attempts,
      message: e.message.replace(/^\S+: \[POST\] "[^"]+"/, ''),
    });
    expect(shape(own)).toEqual(shape(generated));
    expect(own.message).toContain('options boom');
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a list together with { allUsers: true }', async () => {
    const server = await serve((_req, res) => res.writeHead(204).end());
    const error = await clientOn(server)
      .forceLogoutUsers({ user_identifiers: ['ann'] } as never, { allUsers: true })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('response schemas', () => {
  it('let unknown fields and new enum values through', async () => {
    const future = { ...ann, account_type: 'AGENT_USER', visibility: 'ORG_ONLY', parent_type: 'ROBOT', brand_new_field: { x: 1 } };
    const server = await serve((_req, res) => reply(res, 200, [future]));
    await expect(clientOn(server).searchUsers()).resolves.toEqual([future]);
  });

  it('refuse a user without its id', async () => {
    const { id: _id, ...noId } = ann;
    const server = await serve((_req, res) => reply(res, 200, [noId]));
    const error = await clientOn(server)
      .searchUsers()
      .catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.issues[0].path).toBe('0.id');
  });
});
