export type { ApiPromise, ApiResponse, CallOptions, Logger } from '@acct/core';
export * from '@acct/core/errors';
export { createMentionClient, DEFAULT_API_VERSION, DEFAULT_BASE_URL, type MentionClient, type MentionClientOptions } from './client';
export type { MentionCreateAccountRequest } from './endpoints/create-account';
export { endpoints } from './endpoints/index';
export type { MentionUpdateAccountRequest } from './endpoints/update-account';
export type { MentionErrorDetails } from './errors';
export type {
  MentionAccount,
  MentionAccountResponse,
  MentionEmailSubscriptions,
  MentionFrequency,
  MentionLink,
  MentionLinks,
  MentionNotificationPhone,
  MentionPermissions,
} from './schemas/account';
export type { MentionNotificationPhoneInput } from './schemas/account-fields';

import type { MentionCreateAccountRequest } from './endpoints/create-account';
import type { MentionUpdateAccountRequest } from './endpoints/update-account';

/** @deprecated Renamed `MentionCreateAccountRequest`. */
export type CreateAccountInput = MentionCreateAccountRequest;
/** @deprecated Renamed `MentionUpdateAccountRequest`. */
export type UpdateAccountInput = MentionUpdateAccountRequest;
