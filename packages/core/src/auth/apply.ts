import type { AnyEndpoint } from '../endpoint';
import { AcctError, ConfigurationError } from '../errors';
import { headerProblem } from '../internal/headers';
import { oneLine, thrownText } from '../internal/text';
import type { Redactor } from '../redact';
import { type AuthStrategy, SYNC_HEADERS } from './types';

/** The strategies an endpoint's scheme names (`default` unless it says; none for `auth: false`). */
export function strategiesFor(
  auth: Record<string, AuthStrategy | AuthStrategy[] | undefined> | undefined,
  endpoint: AnyEndpoint,
): AuthStrategy[] {
  if (endpoint.auth === false || !auth) return [];
  const scheme = endpoint.auth ?? 'default';
  const found = auth[scheme];
  if (!found) throw new ConfigurationError(`${endpoint.operation} needs "${scheme}" credentials, which this client was not given`);
  return Array.isArray(found) ? found : [found];
}

const NO_CREDENTIALS: ReadonlyMap<string, string> = new Map();

/**
 * Sets the strategies' credentials on `headers`, each checked as sendable and remembered by the
 * redactor; returns the headers they set, name to value (hooks see them redacted and cannot change
 * them; client.ts sets them again on the same headers built anew).
 * Strategies run in order; while they answer synchronously (a fixed key) no promise is made.
 */
export function applyAuth(
  strategies: AuthStrategy[],
  headers: Headers,
  signal: AbortSignal | undefined,
  operation: string,
  redactor: Redactor,
): ReadonlyMap<string, string> | Promise<ReadonlyMap<string, string>> {
  if (strategies.length === 0) return NO_CREDENTIALS;
  let direct: ReadonlyMap<string, string> | undefined;
  try {
    direct = syncCredentials(strategies, headers, redactor);
  } catch (e) {
    // A peeked token that cannot be sent is a ConfigurationError already; anything else is typed alike.
    throw unsendable(e, operation, redactor);
  }
  if (direct) return direct;
  const sent = new Headers();
  for (let i = 0; i < strategies.length; i++) {
    let pending: unknown;
    try {
      pending = strategies[i]!.apply({ headers: sent, signal });
    } catch (e) {
      throw unsendable(e, operation, redactor);
    }
    // Any thenable a strategy returns (not only a native Promise) is waited for.
    if (typeof (pending as PromiseLike<unknown> | undefined)?.then === 'function') {
      return applyRest(pending as PromiseLike<unknown>, strategies, i + 1, sent, signal, operation, redactor).then(() =>
        setCredentials(sent, headers, redactor, operation),
      );
    }
  }
  return setCredentials(sent, headers, redactor, operation);
}

async function applyRest(
  pending: PromiseLike<unknown>,
  strategies: AuthStrategy[],
  next: number,
  sent: Headers,
  signal: AbortSignal | undefined,
  operation: string,
  redactor: Redactor,
): Promise<void> {
  try {
    await pending;
    for (let i = next; i < strategies.length; i++) await strategies[i]!.apply({ headers: sent, signal });
  } catch (e) {
    throw unsendable(e, operation, redactor);
  }
}

/**
 * Core's own strategies (a fixed key, a cache's fresh token) name their header at once: no Headers
 * per request. Undefined when any strategy cannot, and then they all take the general path, in order.
 */
function syncCredentials(strategies: AuthStrategy[], headers: Headers, redactor: Redactor): ReadonlyMap<string, string> | undefined {
  const pairs: (readonly [string, string])[] = [];
  for (let i = 0; i < strategies.length; i++) {
    const s = strategies[i];
    const pair = s && SYNC_HEADERS.get(s.apply)?.();
    if (!pair) return undefined;
    pairs.push(pair);
  }
  return setCredentials(pairs, headers, redactor);
}

// Headers.set's TypeError quotes the value: a secret. Say what is wrong without it.
// fetch's Headers refuses a value with a TypeError that quotes it (a secret): neither its text nor the
// error is kept. Anything else a strategy threw (a token provider that failed, a login that threw) is
// said, redacted, and kept as the cause: it is not a header problem.
const unsendable = (e: unknown, operation: string, redactor: Redactor) =>
  e instanceof AcctError
    ? e
    : e instanceof TypeError && /header|ByteString/i.test(thrownText(e))
      ? new ConfigurationError(`${operation}: a credential cannot be sent as a header (CR, LF, NUL or a character outside Latin-1)`)
      : new ConfigurationError(redactor.text(`${operation}: the credentials could not be obtained — ${oneLine(thrownText(e), 200)}`), {
          cause: e,
        });

/**
 * Sets each credential header; every value is remembered by the redactor first (a known one costs
 * a lookup; a wrapper may have dropped its strategy's `secrets`, and a fresh token is new). With
 * `operation`, each is checked as sendable (what a strategy wrote itself); core's own pairs were
 * checked when built or peeked.
 */
function setCredentials(
  pairs: Iterable<readonly [string, string]>,
  headers: Headers,
  redactor: Redactor,
  operation?: string,
): ReadonlyMap<string, string> {
  const sent = new Map<string, string>();
  for (const [name, value] of pairs) {
    redactor.remember(value, value.slice(value.indexOf(' ') + 1));
    if (operation !== undefined && headerProblem(name, value)) {
      throw new ConfigurationError(
        `${operation}: the credential for header "${name}" cannot be sent — it contains CR, LF, NUL or a character outside Latin-1`,
      );
    }
    headers.set(name, value);
    sent.set(name, value);
  }
  return sent;
}

/** After a 401: asks each strategy to forget what it sent; true when one of them can send something new. */
export async function refreshAuth(strategies: AuthStrategy[], sent: Headers): Promise<boolean> {
  let renewed = false;
  for (const s of strategies) if (s.refresh && (await s.refresh(sent))) renewed = true;
  return renewed;
}
