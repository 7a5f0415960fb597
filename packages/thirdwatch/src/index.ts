export type { ApiPromise, ApiResponse, CallOptions, JsonValue, Logger } from '@acct/core';
export * from '@acct/core/errors';
export { createThirdwatchClient, DEFAULT_BASE_URL, type ThirdwatchClient, type ThirdwatchClientOptions } from './client';
export { endpoints } from './endpoints/index';
export type {
  ThirdwatchAccountFields,
  ThirdwatchAccountRequest,
  ThirdwatchAccountStatus,
  ThirdwatchConfirmation,
  ThirdwatchGender,
  ThirdwatchLoginFields,
  ThirdwatchLoginRequest,
  ThirdwatchLoginStatus,
  ThirdwatchSocialSignOn,
} from './schemas/account';
export type { ThirdwatchAddress } from './schemas/address';
export type {
  ThirdwatchEventFields,
  ThirdwatchEventResponse,
  ThirdwatchLinkSessionFields,
  ThirdwatchLinkSessionRequest,
  ThirdwatchLogoutRequest,
  ThirdwatchUserId,
} from './schemas/event';
export type { ThirdwatchPaymentMethod, ThirdwatchPromotion } from './schemas/payment';
