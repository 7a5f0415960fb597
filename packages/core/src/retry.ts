import type { AnyEndpoint } from './endpoint';
import { ApiError, ConnectionError, RequestAbortedError, TimeoutError } from './errors';

// Statuses that mean "try again" for a request that is safe to send twice.
const RETRY_IDEMPOTENT = new Set([408, 429, 500, 502, 503, 504]);
// 429 and 503 mean the server did not process the request, so even a POST may be sent again.
const RETRY_ANY = new Set([429, 503]);
// The connection never opened: nothing reached the server, so any operation may go again.
const NOTHING_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/** True when the attempt failed before any byte could reach the server (refused, DNS). */
export function nothingSent(error: unknown): boolean {
  return error instanceof ConnectionError && !(error instanceof TimeoutError) && NOTHING_SENT.has((error as { code?: string }).code ?? '');
}

/**
 * Whether a failed attempt may be sent again, by the endpoint's repeat semantics. Aborts and
 * validation errors never are; a write declared `repeat: 'never'` only when the server cannot have acted on it.
 */
export function isRetryable(error: unknown, endpoint: { idempotent: boolean; repeat?: 'never' | undefined }): boolean {
  if (nothingSent(error)) return true;
  if (endpoint.repeat === 'never') return error instanceof ApiError && error.status === 429;
  if (error instanceof ApiError) return (endpoint.idempotent ? RETRY_IDEMPOTENT : RETRY_ANY).has(error.status);
  // A reset or a timeout may come after the server acted: only idempotent operations go again.
  return endpoint.idempotent && error instanceof ConnectionError;
}

/** Whether a failed attempt may have been applied by the server (its response lost or an error after acting). */
export function mayHaveApplied(error: unknown): boolean {
  if (nothingSent(error)) return false;
  return error instanceof ConnectionError || (error instanceof ApiError && error.status >= 500 && error.status !== 503);
}

/** True when `res` means the resource is already gone, per the endpoint's `gone` declaration. */
export function isGone(endpoint: Pick<AnyEndpoint, 'gone'>, res: { status: number; body: unknown }): boolean {
  const { gone } = endpoint;
  if (!gone) return false;
  return typeof gone === 'function' ? gone(res) : gone.includes(res.status);
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
