import { reply } from '@acct/harness';
import { describe, expect, it } from 'vitest';
import { RequestValidationError } from '../src/index';
import { ann, clientOn, serve } from './helpers';

const users = Array.from({ length: 5 }, (_, i) => ({ ...ann, id: `id-${i}`, name: `user${i}` }));
const pages = () =>
  serve((req, res) => {
    const { record_offset: offset, record_size: size } = req.json as { record_offset: number; record_size: number };
    reply(res, 200, users.slice(offset, offset + size));
  });

describe('searchUsersAll', () => {
  it('walks every page with record_offset / record_size, keeping the filter and the call options', async () => {
    const server = await pages();
    const seen = [];
    const options = { pageSize: 2, headers: { 'x-trace': 'page-run' } };
    for await (const u of clientOn(server).searchUsersAll({ account_status: 'ACTIVE' }, options)) seen.push(u.id);
    expect(seen).toEqual(['id-0', 'id-1', 'id-2', 'id-3', 'id-4']);
    expect(server.requests.map((r) => r.json)).toEqual([
      { account_status: 'ACTIVE', record_offset: 0, record_size: 2 },
      { account_status: 'ACTIVE', record_offset: 2, record_size: 2 },
      { account_status: 'ACTIVE', record_offset: 4, record_size: 2 },
    ]);
    expect(server.requests.map((r) => r.headers['x-trace'])).toEqual(['page-run', 'page-run', 'page-run']);
  });

  it('fetches a page only when the previous one is used up, and stops when the caller does', async () => {
    const server = await pages();
    const all = clientOn(server).searchUsersAll({}, { pageSize: 2 });
    await all.next();
    await all.next();
    expect(server.requests).toHaveLength(1);
    await all.next();
    expect(server.requests).toHaveLength(2);
    await all.return();
    expect(server.requests).toHaveLength(2);
  });

  it('asks for one more page when the last one is exactly full, and starts at an offset', async () => {
    const server = await pages();
    const seen = [];
    for await (const u of clientOn(server).searchUsersAll(undefined, { pageSize: 2, offset: 1 })) seen.push(u.id);
    expect(seen).toEqual(['id-1', 'id-2', 'id-3', 'id-4']);
    expect(server.requests.map((r) => (r.json as { record_offset: number }).record_offset)).toEqual([1, 3, 5]);
  });

  it('refuses a page size below 1 before sending', async () => {
    const server = await pages();
    await expect(clientOn(server).searchUsersAll({}, { pageSize: 0 }).next()).rejects.toBeInstanceOf(RequestValidationError);
    expect(server.requests).toHaveLength(0);
  });
});
