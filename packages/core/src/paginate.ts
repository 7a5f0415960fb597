import { PaginationError, RequestValidationError } from './errors';
import { hash53 } from './internal/hash';

/** Where a page starts and how many items it holds. */
export interface PageRequest {
  /** Index of the first item of the page. */
  offset: number;
  /** How many items the page asks for. */
  size: number;
}

/** Options of `paginate`. */
export interface PaginateOptions {
  /** Items per request (default 100). */
  pageSize?: number;
  /** Offset of the first item (default 0). */
  offset?: number;
  /** Most pages requested before giving up with a `PaginationError` (default 10 000). */
  maxPages?: number;
}

const positiveInteger = (name: string, n: number, min: number) => {
  if (!Number.isSafeInteger(n) || n < min) {
    throw new RequestValidationError(`paginate: ${name} must be an integer ≥ ${min}`, [
      { path: name, message: `Expected an integer ≥ ${min}` },
    ]);
  }
};

// A cheap identity of a page: its length and its first and last items. A server that ignores the
// offset sends the same page again; one whose pages cycle (A, B, A, B…) sends an earlier one again.
// In a list of records with ids, two pages of one walk share a first and a last item only when the
// server sent the same items again (or, while the list changes, shifted them by exactly a page): the
// one false positive left is a list whose items are not distinct (pages of equal primitives).
function fingerprint(page: readonly unknown[]): string {
  try {
    return `${page.length}:${JSON.stringify(page[0]) ?? ''}:${JSON.stringify(page[page.length - 1]) ?? ''}`;
  } catch {
    return `${page.length}:${String(Math.random())}`;
  }
}

// Pages remembered, as a 53-bit hash of their fingerprint each (a few dozen bytes, never the page):
// a cycle of up to this many pages ends on its first repeat; a longer one ends at `maxPages`.
const REMEMBERED_PAGES = 10_000;

/**
 * Iterates over every item of an offset/size paged list, one request per page and one page held
 * in memory at a time; stops at the first page shorter than `pageSize`. A page with more items than
 * asked, a page the walk has already seen (same length, first and last items: a server that ignores
 * the offset, or whose pages cycle), or more than `maxPages` pages end it with a `PaginationError`.
 */
export async function* paginate<T>(
  fetchPage: (page: PageRequest) => Promise<readonly T[]>,
  options: PaginateOptions = {},
): AsyncGenerator<T, void, undefined> {
  const { pageSize = 100, offset: start = 0, maxPages = 10_000 } = options;
  positiveInteger('pageSize', pageSize, 1);
  positiveInteger('offset', start, 0);
  positiveInteger('maxPages', maxPages, 1);
  // Fingerprint hash → the offset of the page that had it; the ring holds the hashes to forget, in order.
  const seen = new Map<number, number>();
  const ring: number[] = [];
  for (let offset = start, pages = 0; ; pages++) {
    if (pages >= maxPages) throw new PaginationError(`paginate: stopped after maxPages (${maxPages}) pages at offset ${offset}`);
    const page = await fetchPage({ offset, size: pageSize });
    if (page.length > pageSize) {
      throw new PaginationError(`paginate: the page at offset ${offset} has ${page.length} items, ${pageSize} were asked for`);
    }
    if (page.length > 0) {
      const print = hash53(fingerprint(page));
      const earlier = seen.get(print);
      if (earlier !== undefined) {
        throw new PaginationError(
          earlier === offset - pageSize
            ? `paginate: the page at offset ${offset} repeats the previous page (the server ignores the offset)`
            : `paginate: the page at offset ${offset} repeats the page at offset ${earlier} (the server's pages cycle)`,
        );
      }
      const slot = pages % REMEMBERED_PAGES;
      if (ring[slot] !== undefined) seen.delete(ring[slot]);
      ring[slot] = print;
      seen.set(print, offset);
    }
    yield* page;
    if (page.length < pageSize) return;
    offset += page.length;
  }
}
