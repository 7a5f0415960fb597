import { changeMyPasswordOperation } from './change-my-password';
import { createProfileAvatar } from './create-profile-avatar';
import { deleteMyUserOperation } from './delete-my-user';
import { deleteProfileAvatarOperation } from './delete-profile-avatar';
import { getMyConfigOperation } from './get-my-config';
import { getMyUserOperation } from './get-my-user';
import { getUserNotificationPreferencesOperation } from './get-user-notification-preferences';
import { partialUpdateMyUserOperation } from './partial-update-my-user';
import { syncMyUserFromAuthServiceOperation } from './sync-my-user-from-auth-service';
import { updateMyConfigOperation } from './update-my-config';
import { updateUserNotificationPreferencesOperation } from './update-user-notification-preferences';

/**
 * The operations whose client methods derive from their declaration: one line per operation. The
 * type names each endpoint file's declaration, so the method's JSDoc is the endpoint file's.
 */
export type IamOperations = typeof changeMyPasswordOperation &
  typeof deleteMyUserOperation &
  typeof deleteProfileAvatarOperation &
  typeof getMyConfigOperation &
  typeof getMyUserOperation &
  typeof getUserNotificationPreferencesOperation &
  typeof partialUpdateMyUserOperation &
  typeof syncMyUserFromAuthServiceOperation &
  typeof updateMyConfigOperation &
  typeof updateUserNotificationPreferencesOperation;

/** The declarations behind the client's methods (all but the hand-written avatar upload). */
export const operations: IamOperations = Object.assign(
  {},
  changeMyPasswordOperation,
  deleteMyUserOperation,
  deleteProfileAvatarOperation,
  getMyConfigOperation,
  getMyUserOperation,
  getUserNotificationPreferencesOperation,
  partialUpdateMyUserOperation,
  syncMyUserFromAuthServiceOperation,
  updateMyConfigOperation,
  updateUserNotificationPreferencesOperation,
);

/** Every endpoint declaration, the multipart avatar upload included (for tools, contracts and tests). */
export const endpoints = { ...operations, createProfileAvatar };
