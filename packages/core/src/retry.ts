import { ApiError, ConnectionError, RequestAbortedError } from './errors';

// Statuses that mean "try again" for a request that is safe to send twice.
const RETRY_IDEMPOTENT = new Set([408, 429, 500, 502, 503, 504]);
// 429 and 503 mean the server did not process the request, so even a POST may be sent again.
const RETRY_ANY = new Set([429, 503]);

/** Whether a failed attempt may be sent again. Aborts and validation errors never are. */
export function isRetryable(error: unknown, idempotent: boolean): boolean {
  if (error instanceof ApiError) return (idempotent ? RETRY_IDEMPOTENT : RETRY_ANY).has(error.status);
  // A reset or a timeout may come after the server acted: only idempotent operations go again.
  return idempotent && error instanceof ConnectionError;
}

/**
 * The delay a server asked for, in ms: `Retry-After` as seconds or as an HTTP date
 * (https://www.rfc-editor.org/rfc/rfc9110#field.retry-after).
 */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with full jitter (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/). */
export function backoff(retry: number, baseDelay: number, maxDelay: number): number {
  return Math.random() * Math.min(maxDelay, baseDelay * 2 ** (retry - 1));
}

/** Waits `ms`, or rejects with `RequestAbortedError` as soon as `signal` fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new RequestAbortedError('The request was aborted by the caller'));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new RequestAbortedError('The request was aborted by the caller'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
