import { reply } from '@acct/harness';
import { describe, expect, it } from 'vitest';
import { ResponseValidationError } from '../src/index';
import { ann, clientOn, serve } from './helpers';

// Issue 13: lenient in what is read, faithful in what is sent. Each of these failed before.
describe('requests are sent as the user wrote them', () => {
  it('accepts a privilege added after this release (CAN_MANAGE_AGENTS)', async () => {
    const server = await serve((_req, res) => reply(res, 200, []));
    await clientOn(server).searchUsers({ privileges: ['AUTHORING', 'CAN_MANAGE_AGENTS'] });
    expect(server.requests[0]!.json).toEqual({ privileges: ['AUTHORING', 'CAN_MANAGE_AGENTS'] });
  });

  it('accepts a locale added after this release (pl-PL) on create, update and import', async () => {
    const server = await serve((req, res) =>
      req.path.endsWith('/create') ? reply(res, 200, ann) : req.path.endsWith('/import') ? reply(res, 200, {}) : res.writeHead(204).end(),
    );
    const ts = clientOn(server);
    await ts.createUser({ name: 'ola', display_name: 'Ola Nowak', email: 'ola@example.com', preferred_locale: 'pl-PL' });
    await ts.updateUser('ola', { preferred_locale: 'pl-PL' });
    await ts.importUsers({ users: [{ user_identifier: 'ola', display_name: 'Ola Nowak', preferred_locale: 'pl-PL' }] });
    expect(server.requests.map((r) => JSON.stringify(r.json))).toEqual([
      expect.stringContaining('"preferred_locale":"pl-PL"'),
      '{"preferred_locale":"pl-PL"}',
      expect.stringContaining('"preferred_locale":"pl-PL"'),
    ]);
  });

  it('sends an import with no users: the dry run that previews a sync deletions', async () => {
    const preview = { users_added: [], users_updated: [], users_deleted: [{ id: null, name: 'old.contractor' }] };
    const server = await serve((_req, res) => reply(res, 200, preview));
    const result = await clientOn(server).importUsers({ users: [], dry_run: true, delete_unspecified_users: true });
    expect(result).toEqual(preview);
    expect(server.requests[0]!.json).toEqual({ users: [], dry_run: true, delete_unspecified_users: true });
  });

  it('sends extended_properties and extended_preferences verbatim: arrays stay arrays, null is allowed', async () => {
    const server = await serve((_req, res) => res.writeHead(204).end());
    const body = {
      extended_properties: [{ cost_center: 'CC-12' }, 'note', 3, null],
      extended_preferences: null,
    };
    await clientOn(server).updateUser('ann', body);
    expect(server.requests[0]!.text).toBe(JSON.stringify(body));
  });

  it('still refuses a wrong type and an unknown top-level field', async () => {
    const server = await serve((_req, res) => res.writeHead(204).end());
    await expect(clientOn(server).updateUser('ann', { visibility: 'PUBLIC' } as never)).rejects.toMatchObject({
      name: 'RequestValidationError',
      operation: 'updateUser',
      method: 'POST',
    });
    await expect(clientOn(server).updateUser('ann', { extendedProperties: {} } as never)).rejects.toMatchObject({
      name: 'RequestValidationError',
    });
    expect(server.requests).toHaveLength(0);
  });
});

describe('responses: identity and shape checked, the rest may change', () => {
  it('reads a user whose optional fields are null, with unknown fields and enum values kept', async () => {
    const sparse = {
      id: ann.id,
      name: 'ann',
      display_name: null,
      visibility: null,
      email: null,
      account_status: 'ARCHIVED',
      orgs: null,
      current_org: { id: 0, name: null },
      favorite_metadata: [{ id: 'lb-1', name: null, type: 'SPOTTER_ANSWER' }],
      privileges: ['CAN_MANAGE_AGENTS'],
      extended_properties: ['a', 1],
      agent_settings: { enabled: true },
    };
    const server = await serve((_req, res) => reply(res, 200, [sparse, { id: 'u-2', name: 'bo' }]));
    await expect(clientOn(server).searchUsers()).resolves.toEqual([sparse, { id: 'u-2', name: 'bo' }]);
  });

  it('resolves an import or a deactivation whose body has only nulls or nothing', async () => {
    const server = await serve((req, res) => reply(res, 200, req.path.endsWith('/import') ? {} : { activation_link: null }));
    const ts = clientOn(server);
    await expect(ts.importUsers({ users: [{ user_identifier: 'bo', display_name: 'Bo' }] })).resolves.toEqual({});
    await expect(ts.deactivateUser({ user_identifier: 'bo', base_url: 'https://ts.example.com' })).resolves.toEqual({
      activation_link: null,
    });
  });

  it.each([
    ['a user id that is not a string', [{ ...ann, id: 42 }], '0.id'],
    ['a user without a name', [{ id: ann.id }], '0.name'],
    ['an object where the doc promises a list', { users: [ann] }, '(root)'],
    ['a present field of the wrong type', [{ ...ann, orgs: 'Primary' }], '0.orgs'],
  ])('refuses %s, keeping the data it received', async (_name, body, path) => {
    const server = await serve((_req, res) => reply(res, 200, body));
    const error = await clientOn(server)
      .searchUsers()
      .catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.issues[0].path).toBe(path);
    expect(error.data).toEqual(body);
  });
});
