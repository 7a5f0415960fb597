import { type ApiPromise, bearer, type CallOptions, type ClientOptions, ConfigurationError, createClient } from '@acct/core';
import type * as v from 'valibot';
import { type CreateAccountBody, createAccount } from './endpoints/create-account';
import { getAccount } from './endpoints/get-account';
import { getMe } from './endpoints/get-me';
import { type UpdateAccountBody, updateAccount } from './endpoints/update-account';
import { formErrorMessage } from './errors';
import { rateLimitReset } from './rate-limit';
import type { Account, AccountResponse } from './schemas/account';

/** Mention's API host. */
export const DEFAULT_BASE_URL = 'https://api.mention.net/api';

/** The API version sent as `Accept-Version` unless you choose another. */
export const DEFAULT_API_VERSION = '1.19';

/** Options of `createMentionClient`. */
export interface MentionClientOptions extends ClientOptions {
  /** An access token: your app's own (app details page) or one obtained through OAuth2. Sent as `Authorization: Bearer <token>`. */
  accessToken: string;
  /** The API version, sent as `Accept-Version` (default `1.19`, the version these types follow). */
  apiVersion?: string;
}

/** A Mention account as returned by the API. */
export type MentionAccount = v.InferOutput<typeof Account>;
/** `{ account, _links: { self: { href } } }`, what every account method resolves to. */
export type MentionAccountResponse = v.InferOutput<typeof AccountResponse>;
/** The body of `createAccount`. */
export type CreateAccountInput = v.InferInput<typeof CreateAccountBody>;
/** The body of `updateAccount`: any subset of the updatable fields. */
export type UpdateAccountInput = v.InferInput<typeof UpdateAccountBody>;

/** The Mention account operations. GET and PUT are retried as idempotent; POST only on 429 and 503. */
export interface MentionClient {
  /** `GET /accounts/me`: the account of the access token; use `account.id` for the other methods. */
  getMe(options?: CallOptions): ApiPromise<MentionAccountResponse>;
  /** `GET /accounts/{account_id}`: one account (only the token's own). */
  getAccount(accountId: string, options?: CallOptions): ApiPromise<MentionAccountResponse>;
  /** `POST /accounts`: creates an account (`name`, `email`, `password`, `language_code` required). */
  createAccount(body: CreateAccountInput, options?: CallOptions): ApiPromise<MentionAccountResponse>;
  /** `PUT /accounts/{account_id}`: changes only the fields given; a password change sends `old_password` and `new_password`. */
  updateAccount(accountId: string, body: UpdateAccountInput, options?: CallOptions): ApiPromise<MentionAccountResponse>;
}

/** Creates a Mention client: `createMentionClient({ accessToken })`. */
export function createMentionClient(options: MentionClientOptions): MentionClient {
  const { accessToken, apiVersion = DEFAULT_API_VERSION, headers, ...rest } = options ?? ({} as MentionClientOptions);
  if (typeof accessToken !== 'string' || accessToken === '') throw new ConfigurationError('createMentionClient: `accessToken` is required');
  if (typeof apiVersion !== 'string' || apiVersion.trim() === '') {
    throw new ConfigurationError('createMentionClient: `apiVersion` must be a version string such as "1.19"');
  }
  // Core sets headers one by one, case-insensitively, so a caller's own `accept-version` wins.
  // Headers that are not an object go to core untouched, which reports them.
  const plain = headers === undefined || (typeof headers === 'object' && headers !== null && !Array.isArray(headers));
  const client = createClient({
    ...rest,
    baseURL: rest.baseURL ?? DEFAULT_BASE_URL,
    headers: plain ? { 'Accept-Version': apiVersion, ...headers } : headers,
    auth: { default: bearer(accessToken) },
    errorMessage: formErrorMessage,
    retryAfter: (h) => rateLimitReset(h),
  });
  return {
    getMe: (call) => client.request(getMe, {}, call),
    getAccount: (accountId, call) => client.request(getAccount, { params: { account_id: accountId } }, call),
    createAccount: (body, call) => client.request(createAccount, { body }, call),
    updateAccount: (accountId, body, call) => client.request(updateAccount, { params: { account_id: accountId }, body }, call),
  };
}
