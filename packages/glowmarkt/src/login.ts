import { type AnyEndpoint, type Client, ResponseValidationError, type Token } from '@acct/core';
import { authenticate, type GlowmarktLoginRequest, type GlowmarktLoginResponse } from './endpoints/authenticate';
import { type GlowmarktRenewedToken, renewToken } from './endpoints/renew-token';
import { jwtExpiry } from './internal/jwt';

/** A login's answer with the one field a login is for: its JWT `token`. */
export interface GlowmarktSession extends GlowmarktLoginResponse {
  /** The JWT sent in the `token` header of the user operations. */
  token: string;
}

/**
 * Logs in with `POST /auth`. The answer is read leniently like any other, but a login without a
 * `token` cannot be used: that one case is a ResponseValidationError (its `data` keeps the answer,
 * redacted).
 */
export async function logIn(
  client: Client,
  login: GlowmarktLoginRequest,
  signal?: AbortSignal,
): Promise<{ session: GlowmarktSession; token: Token }> {
  const res = await client.request(authenticate, { body: login }, { signal }).withResponse();
  const session = withToken(client, authenticate, res) as GlowmarktSession;
  return { session, token: tokenOf(session) };
}

/**
 * Renews a token with `GET /auth/newToken`; `send` makes the request with the token to renew.
 * An answer without a `token` is a ResponseValidationError, as for a login.
 */
export async function renewWith(
  client: Client,
  send: () => Promise<{ data: GlowmarktRenewedToken; status: number; attempts: number }>,
): Promise<{ answer: GlowmarktRenewedToken & { token: string }; token: Token }> {
  const answer = withToken(client, renewToken, await send()) as GlowmarktRenewedToken & { token: string };
  return { answer, token: tokenOf(answer) };
}

// `exp` is Unix seconds; when absent (or not a usable time: 0, negative, so large that it overflows)
// it is read from the JWT. Without either, the token serves the calls waiting on it (a login's) or
// is used as is (a given one).
function tokenOf(answer: { token: string; exp?: number | null | undefined }): Token {
  const ms = (answer.exp as number) * 1000;
  return { token: answer.token, expiresAt: ms > 0 && ms < Infinity ? ms : jwtExpiry(answer.token) };
}

/** The answer when it holds a `token`; else throws ResponseValidationError, and nothing else, however the answer is shaped. */
function withToken(client: Client, endpoint: AnyEndpoint, res: { data: unknown; status: number; attempts: number }) {
  const data = res.data as { token?: unknown } | null;
  const token = data?.token;
  if (typeof token === 'string' && token !== '') {
    // Redacted from now on, even before it is first sent.
    client.redactor.remember(token);
    return data!;
  }
  const url = `${client.baseURL}${endpoint.path}`;
  // The redacted copy is depth-bounded: JSON.stringify of the answer itself can overflow the stack.
  const redacted = client.redactor.value(data);
  let body = '';
  try {
    body = JSON.stringify(redacted);
  } catch {}
  const error = new ResponseValidationError(
    `${endpoint.operation}: [${endpoint.method}] "${url}": ${res.status} — the answer carries no \`token\``,
    { method: endpoint.method, url },
    res.status,
    [{ path: 'token', message: `Expected a JWT string but received ${token === null ? 'null' : typeof token}` }],
    body,
  );
  error.data = redacted;
  Object.assign(error, { operation: endpoint.operation, attempts: res.attempts });
  throw error;
}
