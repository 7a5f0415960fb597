import { PaginationError, RequestValidationError } from './errors';

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
// offset sends the same page again, which this catches on the second request.
function fingerprint(page: readonly unknown[]): string {
  try {
    return `${page.length}:${JSON.stringify(page[0]) ?? ''}:${JSON.stringify(page[page.length - 1]) ?? ''}`;
  } catch {
    return `${page.length}:${String(Math.random())}`;
  }
}

/**
 * Iterates over every item of an offset/size paged list, one request per page and one page held
 * in memory at a time; stops at the first page shorter than `pageSize`. A page with more items than
 * asked, the same page twice in a row, or more than `maxPages` pages end it with a `PaginationError`.
 */
export async function* paginate<T>(
  fetchPage: (page: PageRequest) => Promise<readonly T[]>,
  options: PaginateOptions = {},
): AsyncGenerator<T, void, undefined> {
  const { pageSize = 100, offset: start = 0, maxPages = 10_000 } = options;
  positiveInteger('pageSize', pageSize, 1);
  positiveInteger('offset', start, 0);
  positiveInteger('maxPages', maxPages, 1);
  let previous: string | undefined;
  for (let offset = start, pages = 0; ; pages++) {
    if (pages >= maxPages) throw new PaginationError(`paginate: stopped after maxPages (${maxPages}) pages at offset ${offset}`);
    const page = await fetchPage({ offset, size: pageSize });
    if (page.length > pageSize) {
      throw new PaginationError(`paginate: the page at offset ${offset} has ${page.length} items, ${pageSize} were asked for`);
    }
    const print = page.length > 0 ? fingerprint(page) : undefined;
    if (print !== undefined && print === previous) {
      throw new PaginationError(`paginate: the page at offset ${offset} repeats the previous page (the server ignores the offset)`);
    }
    previous = print;
    yield* page;
    if (page.length < pageSize) return;
    offset += page.length;
  }
}
