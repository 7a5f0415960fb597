import * as v from 'valibot';
import type { TestServer } from '../../../contracts/harness/src/server';
import { type Client, createClient, defineEndpoint, type TransportConfig } from '../src/index';

// Core cannot depend on the harness package (the harness depends on core): its source is imported.
export { serve } from '../../../contracts/harness/src/serve';

/** A client on `server` with fast retries so the suite stays quick. */
export function clientFor(server: TestServer, config: Partial<TransportConfig> = {}): Client {
  return createClient({ baseURL: server.url, retryDelay: 5, maxRetryDelay: 50, ...config });
}

export const User = v.looseObject({ id: v.string(), name: v.string() });

export const getUser = defineEndpoint({
  operation: 'getUser',
  method: 'GET',
  path: '/users/{id}',
  response: User,
  idempotent: true,
  summary: 'Gets a user.',
  docs: 'https://example.test/docs/get-user',
});

export const createUser = defineEndpoint({
  operation: 'createUser',
  method: 'POST',
  path: '/users',
  body: v.strictObject({
    name: v.pipe(v.string(), v.minLength(2)),
    email: v.optional(v.pipe(v.string(), v.email())),
    password: v.optional(v.string()),
  }),
  response: User,
  idempotent: false,
  summary: 'Creates a user.',
  docs: 'https://example.test/docs/create-user',
});

export const deleteUser = defineEndpoint({
  operation: 'deleteUser',
  method: 'DELETE',
  path: '/users/{id}/',
  success: [410],
  idempotent: true,
  summary: 'Deletes a user; the vendor answers 410 Gone on success.',
  docs: 'https://example.test/docs/delete-user',
});

/** `n` records with ids from `from`: a page of a paged list. */
export const items = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ id: String(from + i) }));

/** Every item an async iterable yields. */
export const drain = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};
