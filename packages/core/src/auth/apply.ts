import type { AnyEndpoint } from '../endpoint';
import { AcctError, ConfigurationError } from '../errors';
import { headerProblem } from '../internal/headers';
import type { Redactor } from '../redact';
import type { AuthStrategy } from './types';

/** The strategies an endpoint's scheme names (`default` unless it says; none for `auth: false`). */
export function strategiesFor(
  auth: Record<string, AuthStrategy | AuthStrategy[] | undefined> | undefined,
  endpoint: AnyEndpoint,
): AuthStrategy[] {
  if (endpoint.auth === false || !auth) return [];
  const scheme = endpoint.auth ?? 'default';
  const found = auth[scheme];
  if (!found) throw new ConfigurationError(`${endpoint.operation} needs "${scheme}" credentials, which this client was not given`);
  return [found].flat();
}

/**
 * Sets the strategies' credentials on `headers`, each checked as sendable and remembered by the
 * redactor; returns the header names they set (hooks see them redacted and cannot change them).
 */
export async function applyAuth(
  strategies: AuthStrategy[],
  headers: Headers,
  signal: AbortSignal | undefined,
  operation: string,
  redactor: Redactor,
): Promise<Set<string>> {
  const names = new Set<string>();
  if (strategies.length === 0) return names;
  const sent = new Headers();
  for (const s of strategies) {
    try {
      await s.apply({ headers: sent, signal });
    } catch (e) {
      if (e instanceof AcctError) throw e;
      // Headers.set's TypeError quotes the value: a secret. Say what is wrong without it.
      throw new ConfigurationError(`${operation}: a credential cannot be sent as a header (CR, LF, NUL or a character outside Latin-1)`);
    }
  }
  for (const [name, value] of sent) {
    // Whatever credential a strategy obtained (a fresh token) is redacted from now on.
    redactor.remember(value, value.slice(value.indexOf(' ') + 1));
    if (headerProblem(name, value)) {
      throw new ConfigurationError(
        `${operation}: the credential for header "${name}" cannot be sent — it contains CR, LF, NUL or a character outside Latin-1`,
      );
    }
    headers.set(name, value);
    names.add(name);
  }
  return names;
}

/** After a 401: asks each strategy to forget what it sent; true when one of them can send something new. */
export async function refreshAuth(strategies: AuthStrategy[], sent: Headers): Promise<boolean> {
  let renewed = false;
  for (const s of strategies) if (s.refresh && (await s.refresh(sent))) renewed = true;
  return renewed;
}
