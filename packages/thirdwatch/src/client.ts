import { type ApiPromise, apiKeyHeader, type CallOptions, type ClientOptions, ConfigurationError, createClient } from '@acct/core';
import type * as v from 'valibot';
import { createAccount } from './endpoints/create-account';
import { linkSessionToUser } from './endpoints/link-session-to-user';
import { login } from './endpoints/login';
import { logout } from './endpoints/logout';
import { updateAccount } from './endpoints/update-account';
import type { EventResponse, WithUserId } from './schemas/event';

/** Thirdwatch's event API. */
export const DEFAULT_BASE_URL = 'https://api.thirdwatch.ai/event';

/** Options of `createThirdwatchClient`. */
export interface ThirdwatchClientOptions extends ClientOptions {
  /** Your Thirdwatch API key, sent as `X-THIRDWATCH-API-KEY`. */
  apiKey: string;
}

type Body<E extends { body?: unknown }> = WithUserId<v.InferInput<NonNullable<E['body']> & v.GenericSchema>>;
/** Thirdwatch's answer to an event: `{ message }`. */
export type ThirdwatchEventResponse = v.InferOutput<typeof EventResponse>;

/** The Thirdwatch account events. Every method posts one event; events are not retried unless the server says it did not process them (429, 503). */
export interface ThirdwatchClient {
  /** `POST /v1/update_account`: records changes to a user's account. Accounts created before you integrated need no `createAccount` first. */
  updateAccount(body: Body<typeof updateAccount>, options?: CallOptions): ApiPromise<ThirdwatchEventResponse>;
  /** `POST /v1/create_account`: records a new account, with the same fields as `updateAccount`. */
  createAccount(body: Body<typeof createAccount>, options?: CallOptions): ApiPromise<ThirdwatchEventResponse>;
  /** `POST /v1/login`: records a login attempt (`_loginStatus: '_success' | '_failure'`). */
  login(body: Body<typeof login>, options?: CallOptions): ApiPromise<ThirdwatchEventResponse>;
  /** `POST /v1/logout`: records a logout. */
  logout(body: Body<typeof logout>, options?: CallOptions): ApiPromise<ThirdwatchEventResponse>;
  /** `POST /v1/link_session_to_user`: ties an anonymous session to a user (guest checkout). */
  linkSessionToUser(body: Body<typeof linkSessionToUser>, options?: CallOptions): ApiPromise<ThirdwatchEventResponse>;
}

/** Creates a Thirdwatch client: `createThirdwatchClient({ apiKey })`. */
export function createThirdwatchClient(options: ThirdwatchClientOptions): ThirdwatchClient {
  const { apiKey, ...rest } = options ?? ({} as ThirdwatchClientOptions);
  if (typeof apiKey !== 'string' || apiKey === '') throw new ConfigurationError('createThirdwatchClient: `apiKey` is required');
  const client = createClient({
    ...rest,
    baseURL: rest.baseURL ?? DEFAULT_BASE_URL,
    auth: { default: apiKeyHeader('X-THIRDWATCH-API-KEY', apiKey) },
  });
  return {
    updateAccount: (body, call) => client.request(updateAccount, { body }, call),
    createAccount: (body, call) => client.request(createAccount, { body }, call),
    login: (body, call) => client.request(login, { body }, call),
    logout: (body, call) => client.request(logout, { body }, call),
    linkSessionToUser: (body, call) => client.request(linkSessionToUser, { body }, call),
  };
}
