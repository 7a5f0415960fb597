import { type Client, ResponseValidationError, type Token } from '@acct/core';
import { authenticate, type GlowmarktLoginRequest, type GlowmarktLoginResponse } from './endpoints/authenticate';

/** A login's answer with the one field a login is for: its JWT `token`. */
export interface GlowmarktSession extends GlowmarktLoginResponse {
  /** The JWT sent in the `token` header of the user operations. */
  token: string;
}

/**
 * Logs in with `POST /auth`. The answer is read leniently like any other, but a login without a
 * `token` cannot be used: that one case is a ResponseValidationError (its `data` keeps the answer).
 */
export async function logIn(client: Client, login: GlowmarktLoginRequest): Promise<{ session: GlowmarktSession; token: Token }> {
  const res = await client.request(authenticate, { body: login }).withResponse();
  const data: GlowmarktLoginResponse = res.data;
  if (typeof data.token !== 'string' || data.token === '') {
    const url = `${client.baseURL}${authenticate.path}`;
    const error = new ResponseValidationError(
      `authenticate: [POST] "${url}": ${res.status} — the login answer carries no \`token\``,
      { method: 'POST', url },
      res.status,
      [{ path: 'token', message: `Expected a JWT string but received ${data.token === null ? 'null' : typeof data.token}` }],
      client.redactor.text(JSON.stringify(data)),
    );
    error.data = client.redactor.value(data);
    Object.assign(error, { operation: 'authenticate', attempts: res.attempts });
    throw error;
  }
  const session = data as GlowmarktSession;
  // `exp` is Unix seconds; without one the token serves the calls waiting on it, then a new login follows.
  return { session, token: { token: session.token, expiresAt: typeof session.exp === 'number' ? session.exp * 1000 : undefined } };
}
