import { reply } from '@acct/harness';
import { describe, expect, it } from 'vitest';
import { PaginationError, RequestValidationError, type SearchUsersFilter } from '../src/index';
import { ann, clientOn, serve, unreadable } from './helpers';

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

  it('honours maxPages: a PaginationError after that many pages, none more sent', async () => {
    const server = await pages();
    const seen: string[] = [];
    const error = await (async () => {
      for await (const u of clientOn(server).searchUsersAll({}, { pageSize: 1, maxPages: 3 })) seen.push(u.id);
    })().catch((e) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error.message).toContain('maxPages (3)');
    expect(seen).toEqual(['id-0', 'id-1', 'id-2']);
    expect(server.requests).toHaveLength(3);
    await expect(clientOn(server).searchUsersAll({}, { maxPages: 0 }).next()).rejects.toBeInstanceOf(RequestValidationError);
    expect(server.requests).toHaveLength(3);
  });

  it('refuses record_offset / record_size in the filter, pointing to offset / pageSize, before sending', async () => {
    const server = await pages();
    const refusal = (filter: object) =>
      clientOn(server)
        .searchUsersAll(filter as SearchUsersFilter)
        .next()
        .catch((e) => e);
    const error = await refusal({ name_pattern: 'ann', record_offset: 10, record_size: 5 });
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toBe('searchUsersAll: filter.record_offset is set per page: use the offset / pageSize option');
    expect(error.issues).toEqual([{ path: 'filter.record_offset', message: 'Use the offset / pageSize option' }]);
    expect((await refusal({ record_size: -1 })).issues[0].path).toBe('filter.record_size');
    expect((await refusal({ record_offset: 0 })).issues[0].path).toBe('filter.record_offset');
    expect(server.requests).toHaveLength(0);
    // Left undefined (a spread of a searchUsers body), they are no value: the pager's are sent.
    const seen = [];
    const spread = { account_status: 'ACTIVE', record_offset: undefined, record_size: undefined } as SearchUsersFilter;
    for await (const u of clientOn(server).searchUsersAll(spread, { pageSize: 4 })) seen.push(u.id);
    expect(seen).toHaveLength(5);
    expect(server.requests[0]!.json).toEqual({ account_status: 'ACTIVE', record_offset: 0, record_size: 4 });
  });

  it('reads the filter and the options once: a later change does not reach the next pages', async () => {
    const server = await pages();
    const filter: SearchUsersFilter = { account_status: 'ACTIVE' };
    const options = { pageSize: 2, headers: { 'x-trace': 'a' } };
    const all = clientOn(server).searchUsersAll(filter, options);
    await all.next();
    filter.name_pattern = 'changed';
    options.pageSize = 50;
    options.headers = { 'x-trace': 'b' };
    for await (const _ of all);
    expect(server.requests.map((r) => r.json)).toEqual(
      [0, 2, 4].map((o) => ({ account_status: 'ACTIVE', record_offset: o, record_size: 2 })),
    );
    expect(server.requests.map((r) => r.headers['x-trace'])).toEqual(['a', 'a', 'a']);
  });

  it('returns a generator, never throws: an unreadable filter or options reject its first next() with a RequestValidationError', async () => {
    const server = await pages();
    for (const [filter, options] of [
      [unreadable('filter boom'), undefined],
      [{}, unreadable('options boom')],
      [
        {},
        {
          pageSize: 2,
          get maxPages(): number {
            throw new TypeError('getter boom');
          },
        },
      ],
    ] as const) {
      let all: AsyncGenerator<unknown> | undefined;
      expect(() => {
        all = clientOn(server).searchUsersAll(filter as never, options as never);
      }).not.toThrow();
      const error = await all!.next().catch((e) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect(error).toMatchObject({ operation: 'searchUsers', method: 'POST', issues: [{ path: '(input)' }] });
      expect(error.message).toMatch(/the input could not be read, nothing was sent — (filter|options|getter) boom$/);
    }
    expect(server.requests).toHaveLength(0);
  });
});
