import type { TestServer } from '@acct/harness';
import { createThoughtSpotClient, type ThoughtSpotClientOptions } from '../src/index';

export { serve } from '@acct/harness/serve';

/** A client on `server`, token auth unless told otherwise, with fast retries. */
export function clientOn(server: TestServer, options: Partial<ThoughtSpotClientOptions> = {}) {
  const auth = 'username' in options || 'getToken' in options ? {} : { token: 'tok-static-1234' };
  return createThoughtSpotClient({
    baseURL: server.url,
    retryDelay: 1,
    maxRetryDelay: 20,
    ...auth,
    ...options,
  } as ThoughtSpotClientOptions);
}

/** A user as ThoughtSpot documents it. */
export const ann = {
  id: '0f0dd0f7-7411-4195-a4aa-0dc6b58413c9',
  name: 'ann',
  display_name: 'Ann Lee',
  visibility: 'SHARABLE',
  account_type: 'LOCAL_USER',
  account_status: 'ACTIVE',
  email: 'ann@example.com',
};

/** The nested error body ThoughtSpot is observed to send. */
export const tsError = (code: number, ...messages: string[]) => ({
  error: { message: { debug: { code, incident_id_guid: 'inc-1', trace_id_guid: 'trace-1', debug: JSON.stringify(messages) } } },
});

/** An object every read of which throws (a Proxy): input a call must refuse with a typed error, never a raw throw. */
export const unreadable = (message = 'unreadable boom'): never => {
  const boom = () => {
    throw new Error(message);
  };
  return new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom }) as never;
};
