export type { ApiPromise, ApiResponse, CallOptions, JsonValue, Logger } from '@acct/core';
export * from '@acct/core/errors';
export { ADMIN_SCHEME, type AdminCredential, type BasicCredentials, LOGIN_SCHEME, RENEW_SCHEME, USER_SCHEME } from './auth';
export { createGlowmarktClient, DEFAULT_BASE_URL, type GlowmarktClient } from './client';
export type { GlowmarktAddAccountRequest, GlowmarktAddedAccount } from './endpoints/add-account';
export type { GlowmarktAddMobileTokenRequest } from './endpoints/add-mobile-app-token';
export type { GlowmarktLoginRequest, GlowmarktLoginResponse } from './endpoints/authenticate';
export type { GlowmarktChangeEmailRequest } from './endpoints/change-email';
export type { GlowmarktChangeNameRequest } from './endpoints/change-name';
export type { GlowmarktChangePasswordRequest } from './endpoints/change-password';
export type { GlowmarktDeletedAccount } from './endpoints/delete-account';
export { endpoints } from './endpoints/index';
export type { GlowmarktRemoveMobileTokenRequest } from './endpoints/remove-mobile-app-token';
export type { GlowmarktRenewedToken } from './endpoints/renew-token';
export type { GlowmarktUpdateAccountRequest } from './endpoints/update-account';
export type { GlowmarktSession } from './login';
export type { CredentialConflict, GlowmarktClientOptions, NoUserAuth, PasswordAuth, TokenAuth } from './options';
export type {
  GlowmarktAccount,
  GlowmarktAccountState,
  GlowmarktAccountStatus,
  GlowmarktDirectoryStatus,
  GlowmarktDirectoryToken,
} from './schemas/account';
export type { GlowmarktValid } from './schemas/valid';
