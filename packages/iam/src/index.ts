export type { ApiPromise, ApiResponse, CallOptions, JsonValue, Logger } from '@acct/core';
export * from '@acct/core/errors';
export {
  createIamClient,
  DEFAULT_BASE_URL,
  type IamAvatarFile,
  type IamAvatarOptions,
  type IamClient,
  type IamClientOptions,
} from './client';
export type { IamChangePasswordBody } from './endpoints/change-my-password';
export type { IamAvatarBody, IamAvatarPart } from './endpoints/create-profile-avatar';
export { endpoints } from './endpoints/index';
export type { IamPartialUpdateUserBody } from './endpoints/partial-update-my-user';
export type { IamValidationDetails, IamValidationIssue } from './error-details';
export type {
  IamAccessToken,
  IamAccessTokenCredentials,
  IamApiKeyCredentials,
  IamCannotCombine,
  IamCredentials,
  IamTokenProviderCredentials,
} from './iam-auth';
export type { IamAccepted } from './schemas/accepted';
export type {
  IamAppNotifications,
  IamAppNotificationsInput,
  IamEmailNotifications,
  IamEmailNotificationsInput,
  IamNotificationConfig,
  IamNotificationConfigInput,
} from './schemas/notification-config';
export {
  type IamCurrentUser,
  type IamOrganization,
  type IamServiceAccount,
  type IamUser,
  type IamUserState,
  USER_STATES,
} from './schemas/user';
export type { IamJsonObject, IamUserConfig, IamUserConfigInput } from './schemas/user-config';
