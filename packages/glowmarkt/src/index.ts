export type { ApiPromise, ApiResponse, CallOptions, Logger } from '@acct/core';
export * from '@acct/core/errors';
export { APP_KEYS_SCHEME, type BasicCredentials, LOGIN_SCHEME, USER_SCHEME } from './auth';
export {
  createGlowmarktClient,
  DEFAULT_BASE_URL,
  type GlowmarktAccount,
  type GlowmarktAccountStatus,
  type GlowmarktClient,
  type GlowmarktSession,
  type GlowmarktValid,
} from './client';
export type { GlowmarktClientOptions, NoUserAuth, PasswordAuth, TokenAuth } from './options';

import { addAccount } from './endpoints/add-account';
import { addMobileAppToken } from './endpoints/add-mobile-app-token';
import { authenticate } from './endpoints/authenticate';
import { changeEmail } from './endpoints/change-email';
import { changeName } from './endpoints/change-name';
import { changePassword } from './endpoints/change-password';
import { deleteAccount } from './endpoints/delete-account';
import { getAccountById } from './endpoints/get-account-by-id';
import { getAccountStatusById } from './endpoints/get-account-status-by-id';
import { getAccountStatusByUserToken } from './endpoints/get-account-status-by-user-token';
import { getAccounts } from './endpoints/get-accounts';
import { removeMobileAppToken } from './endpoints/remove-mobile-app-token';
import { updateAccount } from './endpoints/update-account';

/** The endpoint declarations behind each method (for tools and tests), keyed by method name. */
export const endpoints = {
  authenticate,
  addMobileAppToken,
  removeMobileAppToken,
  addAccount,
  deleteAccount,
  getAccountStatusById,
  getAccountStatusByUserToken,
  getAccountById,
  getAccounts,
  updateAccount,
  changeEmail,
  changeName,
  changePassword,
};
