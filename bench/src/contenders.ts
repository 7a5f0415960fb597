import { bearer, createClient, defineEndpoint, type Schema } from '@acct/core';
import { createThoughtSpotClient, endpoints } from '@acct/thoughtspot';
import { createBearerAuthenticationConfig, UsersApi } from '@thoughtspot/rest-api-sdk';
import { ofetch } from 'ofetch';
import { withTimeout } from './serve';

/** A named way of making the bench's `searchUsers` call. */
export type Contender = [name: string, call: () => Promise<unknown>];

const filter = { record_size: 10, account_status: 'ACTIVE' } as const;
const token = 'static-bench-token';
const login = { username: 'bench', password: 'bench-password' };
const path = '/api/rest/2.0/users/search';

/** A Standard Schema that accepts anything as is: core's transport with no validation cost. */
const passThrough: Schema = { '~standard': { version: 1, vendor: 'bench', validate: (value) => ({ value }) } };

/** `searchUsers` declared again with the given schemas, so each layer's cost shows on its own. */
const searchWith = (body: Schema, response: Schema) =>
  defineEndpoint({ ...endpoints.searchUsers, body, response, docs: endpoints.searchUsers.docs });

/**
 * From bare fetch to the vendor package, one layer at a time, then the vendor SDK: raw fetch, the
 * same with an AbortController and timer per call (what a timeout costs), ofetch `.raw` with a text
 * body and retry off, core with pass-through schemas, with ThoughtSpot's request schema, with both
 * schemas, `@acct/thoughtspot`, and the vendor SDK; token and username/password.
 */
export function contenders(url: string): Contender[] {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' };
  const raw = async (signal?: AbortSignal) => {
    const res = await fetch(`${url}${path}`, { method: 'POST', headers, body: JSON.stringify(filter), signal });
    if (!res.ok) throw new Error(String(res.status));
    return res.json();
  };
  const core = createClient({ baseURL: url, auth: { default: bearer(token) } });
  const ts = endpoints.searchUsers;
  const sdkToken = new UsersApi(createBearerAuthenticationConfig(url, () => Promise.resolve(token)));
  const sdkPassword = new UsersApi(createBearerAuthenticationConfig(url, login));
  const acctToken = createThoughtSpotClient({ baseURL: url, token });
  const acctPassword = createThoughtSpotClient({ baseURL: url, ...login });
  return [
    ['raw fetch', () => raw()],
    ['raw fetch + AbortController and timer per call', withTimeout(raw)],
    [
      'ofetch `.raw`, text body, retry off',
      async () => {
        const res = await ofetch.raw(`${url}${path}`, { method: 'POST', headers, body: filter, retry: 0, responseType: 'text' });
        return JSON.parse(res._data as string);
      },
    ],
    [
      '@acct/core, pass-through schemas',
      (
        (e) => () =>
          core.request(e, { body: filter })
      )(searchWith(passThrough, passThrough)),
    ],
    [
      '@acct/core + ThoughtSpot request schema',
      (
        (e) => () =>
          core.request(e, { body: filter })
      )(searchWith(ts.body!, passThrough)),
    ],
    [
      '@acct/core + request and response schemas',
      (
        (e) => () =>
          core.request(e, { body: filter })
      )(searchWith(ts.body!, ts.response!)),
    ],
    ['@acct/thoughtspot (token)', () => acctToken.searchUsers(filter)],
    ['@thoughtspot/rest-api-sdk (token function)', () => sdkToken.searchUsers(filter)],
    ['@acct/thoughtspot (username/password)', () => acctPassword.searchUsers(filter)],
    ['@thoughtspot/rest-api-sdk (username/password)', () => sdkPassword.searchUsers(filter)],
  ];
}
