/**
 * Mention's 429 carries `X-Rate-Limit-Reset: <Unix seconds>` and no `Retry-After`: the delay is the
 * time until then, in ms, never negative. Core consults it on 429 and 503 only (a 5xx carrying the
 * header backs off as usual) and caps it with `maxRetryDelay`; without the header core falls back to
 * `Retry-After`, then to backoff.
 */
export function rateLimitReset(headers: Headers, now: number = Date.now()): number | undefined {
  const value = headers.get('x-rate-limit-reset')?.trim();
  if (!value || !/^\d+(\.\d+)?$/.test(value)) return undefined;
  return Math.max(0, Number(value) * 1000 - now);
}
