import { bearer, createClient, createTokenCache, defineEndpoint } from '@acct/core';
import * as v from 'valibot';

/** A small vendor for the harness's own tests: a login and two user operations. */
export const login = defineEndpoint({
  operation: 'login',
  method: 'POST',
  path: '/auth/token',
  body: v.object({ username: v.string(), password: v.string() }),
  response: v.object({ token: v.string(), expires_in_ms: v.number() }),
  auth: false,
  idempotent: false,
  summary: 'Gets a token.',
  docs: 'https://vendor.test/docs/login',
});

export const getUser = defineEndpoint({
  operation: 'getUser',
  method: 'GET',
  path: '/users/{id}',
  response: v.looseObject({ id: v.string(), name: v.string() }),
  idempotent: true,
  summary: 'Gets a user.',
  docs: 'https://vendor.test/docs/get-user',
});

export const setPassword = defineEndpoint({
  operation: 'setPassword',
  method: 'POST',
  path: '/users/{id}/password',
  body: v.object({ new_password: v.string() }),
  success: [204],
  idempotent: false,
  summary: 'Sets a password.',
  docs: 'https://vendor.test/docs/set-password',
});

export function vendorClient(baseURL: string, username: string, password: string, fetch?: typeof globalThis.fetch) {
  const client = createClient({
    baseURL,
    maxRetries: 0,
    ...(fetch ? { fetch } : {}),
    auth: {
      default: bearer(
        createTokenCache(async () => {
          const r = await client.request(login, { body: { username, password } });
          return { token: r.token, expiresAt: Date.now() + r.expires_in_ms };
        }),
      ),
    },
  });
  return {
    getUser: (id: string) => client.request(getUser, { params: { id } }),
    setPassword: (id: string, newPassword: string) => client.request(setPassword, { params: { id }, body: { new_password: newPassword } }),
  };
}
