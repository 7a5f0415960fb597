export type { ApiPromise, ApiResponse, CallOptions, Logger } from '@acct/core';
export * from '@acct/core/errors';
export {
  type CreateAccountInput,
  createMentionClient,
  DEFAULT_API_VERSION,
  DEFAULT_BASE_URL,
  type MentionAccount,
  type MentionAccountResponse,
  type MentionClient,
  type MentionClientOptions,
  type UpdateAccountInput,
} from './client';

import { createAccount } from './endpoints/create-account';
import { getAccount } from './endpoints/get-account';
import { getMe } from './endpoints/get-me';
import { updateAccount } from './endpoints/update-account';

/** The endpoint declarations behind each method (for tools and tests). */
export const endpoints = { getMe, getAccount, createAccount, updateAccount };
