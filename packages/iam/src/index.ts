export type { ApiPromise, ApiResponse, CallOptions, Logger } from '@acct/core';
export * from '@acct/core/errors';
export {
  createIamClient,
  DEFAULT_BASE_URL,
  type IamAvatarFile,
  type IamAvatarOptions,
  type IamChangePasswordBody,
  type IamClient,
  type IamClientOptions,
  type IamCurrentUser,
  type IamNotificationConfig,
  type IamNotificationConfigInput,
  type IamPartialUpdateUserBody,
  type IamServiceAccount,
  type IamUser,
  type IamUserConfig,
  type IamUserConfigInput,
} from './client';
export type { IamAccessToken, IamCredentials } from './iam-auth';

import { changeMyPassword } from './endpoints/change-my-password';
import { createProfileAvatar } from './endpoints/create-profile-avatar';
import { deleteMyUser } from './endpoints/delete-my-user';
import { deleteProfileAvatar } from './endpoints/delete-profile-avatar';
import { getMyConfig } from './endpoints/get-my-config';
import { getMyUser } from './endpoints/get-my-user';
import { getUserNotificationPreferences } from './endpoints/get-user-notification-preferences';
import { partialUpdateMyUser } from './endpoints/partial-update-my-user';
import { syncMyUserFromAuthService } from './endpoints/sync-my-user-from-auth-service';
import { updateMyConfig } from './endpoints/update-my-config';
import { updateUserNotificationPreferences } from './endpoints/update-user-notification-preferences';

/** The endpoint declarations behind each method (for tools and tests). */
export const endpoints = {
  changeMyPassword,
  createProfileAvatar,
  deleteMyUser,
  deleteProfileAvatar,
  getMyConfig,
  getMyUser,
  getUserNotificationPreferences,
  partialUpdateMyUser,
  syncMyUserFromAuthService,
  updateMyConfig,
  updateUserNotificationPreferences,
};
