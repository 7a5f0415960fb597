import { describe, expect, it } from 'vitest';
import { PaginationError, paginate, RequestValidationError } from '../src/index';
import { drain, items, serve } from './helpers';

describe('pagination guard', () => {
  it('stops with a PaginationError when a server ignores the offset (same page again)', async () => {
    const server = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(items(0, 10))));
    const fetchPage = async () => (await fetch(server.url)).json() as Promise<{ id: string }[]>;
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const x of paginate(fetchPage, { pageSize: 10 })) seen.push(x);
    })().catch((e) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error.message).toContain('repeats the previous page');
    expect(seen).toHaveLength(10);
    expect(server.requests).toHaveLength(2);
  });

  it('stops when a page has more items than asked for, before yielding it', async () => {
    const error = await drain(paginate(async ({ offset }) => items(offset, 11), { pageSize: 10 })).catch((e) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error.message).toContain('11 items, 10 were asked for');
  });

  it('stops after maxPages', async () => {
    let calls = 0;
    const error = await drain(
      paginate(
        async ({ offset, size }) => {
          calls++;
          return items(offset, size);
        },
        { pageSize: 2, maxPages: 5 },
      ),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(calls).toBe(5);
  });

  it('still reads an ordinary list to its end', async () => {
    const all = await drain(
      paginate(async ({ offset, size }) => items(offset, Math.max(0, Math.min(size, 25 - offset))), { pageSize: 10 }),
    );
    expect(all.map((x) => x.id)).toEqual(items(0, 25).map((x) => x.id));
  });

  it.each([0, -1, 1.5, Number.POSITIVE_INFINITY])('refuses maxPages: %s', async (maxPages) => {
    await expect(drain(paginate(async () => [], { maxPages }))).rejects.toBeInstanceOf(RequestValidationError);
  });
});
