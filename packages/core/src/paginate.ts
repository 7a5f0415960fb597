import { RequestValidationError } from './errors';

/** Where a page starts and how many items it holds. */
export interface PageRequest {
  offset: number;
  size: number;
}

/** Options of `paginate`. */
export interface PaginateOptions {
  /** Items per request (default 100). */
  pageSize?: number;
  /** Offset of the first item (default 0). */
  offset?: number;
}

/**
 * Iterates over every item of an offset/size paged list, one request per page and one page held
 * in memory at a time; stops at the first page shorter than `pageSize`.
 */
export async function* paginate<T>(
  fetchPage: (page: PageRequest) => Promise<readonly T[]>,
  options: PaginateOptions = {},
): AsyncGenerator<T, void, undefined> {
  const { pageSize = 100, offset: start = 0 } = options;
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RequestValidationError('paginate: pageSize must be an integer ≥ 1', [
      { path: 'pageSize', message: 'Expected an integer ≥ 1' },
    ]);
  }
  if (!Number.isInteger(start) || start < 0) {
    throw new RequestValidationError('paginate: offset must be an integer ≥ 0', [{ path: 'offset', message: 'Expected an integer ≥ 0' }]);
  }
  for (let offset = start; ; ) {
    const page = await fetchPage({ offset, size: pageSize });
    yield* page;
    if (page.length < pageSize) return;
    offset += page.length;
  }
}
