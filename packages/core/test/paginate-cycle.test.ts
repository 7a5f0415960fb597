import { describe, expect, it } from 'vitest';
import { PaginationError, paginate } from '../src/index';
import { drain, items, serve } from './helpers';

describe('pagination cycles', () => {
  it('stops on the first repeat when the pages alternate A, B, A, B… (an earlier page, not the previous one)', async () => {
    let n = 0;
    // Odd requests get ids 0–9, even ones ids 10–19, whatever the offset.
    const server = await serve((_req, res) => {
      const from = (n++ % 2) * 10;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(items(from, 10)));
    });
    const fetchPage = async () => (await fetch(server.url)).json() as Promise<{ id: string }[]>;
    const seen: { id: string }[] = [];
    const error = await (async () => {
      for await (const x of paginate(fetchPage, { pageSize: 10 })) seen.push(x);
    })().catch((e) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error.message).toContain('the page at offset 20 repeats the page at offset 0');
    expect(server.requests).toHaveLength(3);
    expect(seen).toHaveLength(20);
    expect(new Set(seen.map((x) => x.id)).size).toBe(20);
  });

  it('stops on the first repeat of a longer cycle (5 pages)', async () => {
    let calls = 0;
    const error = await drain(paginate(async ({ size }) => items((calls++ % 5) * size, size), { pageSize: 3 })).catch((e) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error.message).toContain('the page at offset 15 repeats the page at offset 0');
    expect(calls).toBe(6);
  });

  it('still says "repeats the previous page" for a server that ignores the offset', async () => {
    const error = await drain(paginate(async () => items(0, 4), { pageSize: 4 })).catch((e) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error.message).toContain('the page at offset 4 repeats the previous page');
  });

  it('reads a long ordinary list (2 000 pages) to its end: distinct pages never look alike', async () => {
    const total = 2_000 * 5 + 2;
    const all = await drain(
      paginate(async ({ offset, size }) => items(offset, Math.max(0, Math.min(size, total - offset))), { pageSize: 5 }),
    );
    expect(all).toHaveLength(total);
  });

  it('keeps pages apart that share a first item but not a last one, or differ only in length', async () => {
    // A list whose pages all start with the same header record: the last items tell them apart.
    const pages = [[{ id: 'h' }, { id: '1' }], [{ id: 'h' }, { id: '2' }], [{ id: 'h' }, { id: '3' }], [{ id: 'h' }]];
    let i = 0;
    const all = await drain(paginate(async () => pages[i++] ?? [], { pageSize: 2 }));
    expect(all.map((x) => x.id)).toEqual(['h', '1', 'h', '2', 'h', '3', 'h']);
  });

  it('reads a walk longer than the pages it remembers (12 000 pages) to its end', async () => {
    const total = 12_000 * 2 + 1;
    let count = 0;
    for await (const _ of paginate(async ({ offset, size }) => items(offset, Math.max(0, Math.min(size, total - offset))), {
      pageSize: 2,
      maxPages: 20_000,
    }))
      count++;
    expect(count).toBe(total);
  });
});
