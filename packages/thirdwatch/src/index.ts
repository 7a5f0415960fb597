export type { ApiPromise, ApiResponse, CallOptions, Logger } from '@acct/core';
export * from '@acct/core/errors';
export {
  createThirdwatchClient,
  DEFAULT_BASE_URL,
  type ThirdwatchClient,
  type ThirdwatchClientOptions,
  type ThirdwatchEventResponse,
} from './client';

import { createAccount } from './endpoints/create-account';
import { linkSessionToUser } from './endpoints/link-session-to-user';
import { login } from './endpoints/login';
import { logout } from './endpoints/logout';
import { updateAccount } from './endpoints/update-account';

/** The endpoint declarations behind each method (for tools and tests). */
export const endpoints = { updateAccount, createAccount, login, logout, linkSessionToUser };
