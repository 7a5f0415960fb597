import { describe, expect, it } from 'vitest';
import { backoff, parseRetryAfter, sleep } from '../src/retry';
import { clientFor, getUser, serve } from './helpers';

const now = Date.parse('2026-01-01T00:00:00Z');
const parse = (value: string) => parseRetryAfter(new Headers({ 'retry-after': value }), now);

describe('Retry-After: RFC 9110 forms only', () => {
  it.each([
    ['0', 0],
    ['7', 7_000],
    ['Thu, 01 Jan 2026 00:00:05 GMT', 5_000],
    ['Thursday, 01-Jan-26 00:00:05 GMT', 5_000],
    ['Thu Jan  1 00:00:05 2026', 5_000],
    ['Wed, 31 Dec 2025 00:00:05 GMT', 0],
    ['99999999999', 2 ** 31 - 1],
  ])('%s → %i ms', (value, ms) => {
    expect(parse(value)).toBe(ms);
  });

  it.each(['-5', '1.5', '+3', '1e3', '0x10', 'soon', '2026-01-01T00:00:05Z', 'Thu, 01 Jan 2026 00:00:05 +0100', ' ', '5 s'])(
    '%j → undefined (the backoff applies)',
    (value) => {
      expect(parse(value)).toBeUndefined();
    },
  );

  it('a 503 with Retry-After: -5 backs off instead of retrying at once', async () => {
    const server = await serve((_req, res, n) =>
      n === 0
        ? res.writeHead(503, { 'retry-after': '-5' }).end()
        : res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1","name":"n"}'),
    );
    const res = await clientFor(server)
      .request(getUser, { params: { id: '1' } })
      .withResponse();
    expect(res.attempts).toBe(2);
  });

  it('backoff and sleep stay within the timer range', async () => {
    expect(backoff(2000, 500, Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(2 ** 31 - 1);
    // Node turns a timer over 2³¹−1 ms into 1 ms; sleep must clamp, not fire at once.
    const controller = new AbortController();
    let settled = false;
    const waiting = sleep(3e9, controller.signal).then(
      () => (settled = true),
      () => undefined,
    );
    await new Promise((r) => setTimeout(r, 30));
    expect(settled).toBe(false);
    controller.abort();
    await waiting;
  });
});
