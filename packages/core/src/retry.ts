import type { AnyEndpoint } from './endpoint';
import { ApiError, ConnectionError, RequestAbortedError, TimeoutError } from './errors';
import { onAbort } from './internal/abort';

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

// Node clamps a longer timer to 1 ms: every delay stays at or under 2³¹−1 ms (~24.8 days).
const MAX_DELAY = 2 ** 31 - 1;
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TIME = '\\d{2}:\\d{2}:\\d{2}';
// The three HTTP-date forms a recipient must accept (https://www.rfc-editor.org/rfc/rfc9110#name-date-time-formats):
// IMF-fixdate, obsolete RFC 850, asctime (which carries no zone: it is GMT).
const IMF_FIXDATE = new RegExp(`^${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT$`);
const RFC850 = new RegExp(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d{2}-${MONTH}-\\d{2} ${TIME} GMT$`);
const ASCTIME = new RegExp(`^${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4}$`);

/**
 * The delay a server asked for, in ms: `Retry-After` as delay-seconds (`1*DIGIT`) or as an HTTP-date
 * (https://www.rfc-editor.org/rfc/rfc9110#field.retry-after). Anything else — negative, fractional,
 * garbage — is `undefined`, so the caller falls back to its backoff. At most 2³¹−1 ms.
 */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value || value.length > 64) return undefined;
  if (/^\d+$/.test(value)) return Math.min(MAX_DELAY, Number(value) * 1000);
  let date = Number.NaN;
  if (IMF_FIXDATE.test(value) || RFC850.test(value)) date = Date.parse(value);
  else if (ASCTIME.test(value)) date = Date.parse(`${value} GMT`);
  return Number.isNaN(date) ? undefined : Math.min(MAX_DELAY, Math.max(0, date - now));
}

/** Exponential backoff with full jitter (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/), ≤ 2³¹−1 ms. */
export function backoff(retry: number, baseDelay: number, maxDelay: number): number {
  const delay = Math.random() * Math.min(maxDelay, baseDelay * 2 ** (retry - 1));
  return Number.isFinite(delay) ? Math.min(MAX_DELAY, delay) : MAX_DELAY;
}

/** Waits `ms` (at most 2³¹−1), or rejects with `RequestAbortedError` (`cause`: the signal's reason) as soon as `signal` fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => new RequestAbortedError('The request was aborted by the caller', { cause: signal?.reason });
    if (signal?.aborted) return reject(aborted());
    const unsubscribe = onAbort(signal, () => {
      clearTimeout(timer);
      reject(aborted());
    });
    const timer = setTimeout(
      () => {
        unsubscribe();
        resolve();
      },
      Math.min(MAX_DELAY, Math.max(0, ms)),
    );
  });
}
