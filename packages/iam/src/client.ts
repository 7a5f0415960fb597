import { type ApiPromise, type CallOptions, type ClientOptions, createClient } from '@acct/core';
import type * as v from 'valibot';
import type { ChangePasswordBody } from './endpoints/change-my-password';
import { changeMyPassword } from './endpoints/change-my-password';
import { type AvatarData, avatarPart, createProfileAvatar } from './endpoints/create-profile-avatar';
import { deleteMyUser } from './endpoints/delete-my-user';
import { deleteProfileAvatar } from './endpoints/delete-profile-avatar';
import { getMyConfig } from './endpoints/get-my-config';
import { type CurrentUser, getMyUser } from './endpoints/get-my-user';
import { getUserNotificationPreferences } from './endpoints/get-user-notification-preferences';
import { type PartialUpdateUserBody, partialUpdateMyUser } from './endpoints/partial-update-my-user';
import { syncMyUserFromAuthService } from './endpoints/sync-my-user-from-auth-service';
import { updateMyConfig } from './endpoints/update-my-config';
import { updateUserNotificationPreferences } from './endpoints/update-user-notification-preferences';
import { errorMessage } from './error-message';
import { type IamCredentials, iamAuth } from './iam-auth';
import type { NotificationConfig, NotificationConfigInput } from './schemas/notification-config';
import type { HumanUser, ServiceAccount } from './schemas/user';
import type { UserConfig, UserConfigInput } from './schemas/user-config';

/** EazyRent's IAM API (`https://api.v2.eazyrent.fr/iam/v1` also serves it). */
export const DEFAULT_BASE_URL = 'https://api.eazyrent.fr/iam/v1';

/** Options of `createIamClient`: exactly one credential, plus the options every client accepts. */
export interface IamClientOptions extends ClientOptions, IamCredentials {}

/** A human user (`User`, `user_type: "Human"`). */
export type IamUser = v.InferOutput<typeof HumanUser>;
/** A machine user (`ServiceAccount`, `user_type: "Machine"`). */
export type IamServiceAccount = v.InferOutput<typeof ServiceAccount>;
/** What `getMyUser` returns: narrow it with `user_type`. */
export type IamCurrentUser = v.InferOutput<typeof CurrentUser>;
/** A human user's settings, as returned. */
export type IamUserConfig = v.InferOutput<typeof UserConfig>;
/** The settings `updateMyConfig` sends (the PUT replaces them: omitted fields return to their defaults). */
export type IamUserConfigInput = v.InferInput<typeof UserConfigInput>;
/** Notification switches, as returned. */
export type IamNotificationConfig = v.InferOutput<typeof NotificationConfig>;
/** The notification switches `updateUserNotificationPreferences` sends. */
export type IamNotificationConfigInput = v.InferInput<typeof NotificationConfigInput>;
/** The body of `changeMyPassword`. */
export type IamChangePasswordBody = v.InferInput<typeof ChangePasswordBody>;
/** The body of `partialUpdateMyUser`. */
export type IamPartialUpdateUserBody = v.InferInput<typeof PartialUpdateUserBody>;
/** The avatar `createProfileAvatar` uploads. */
export type IamAvatarFile = AvatarData;
/** Options of `createProfileAvatar`: the part's filename and content type, and the call options. */
export interface IamAvatarOptions extends CallOptions {
  /** Default: the File's name, else `avatar` with the type's extension. */
  filename?: string;
  /** Default: the Blob's type, else sniffed from the bytes (PNG, JPEG, GIF, WebP), else `application/octet-stream`. */
  contentType?: string;
}

/** The EazyRent IAM UsersApi: the authenticated user, its settings, notification preferences, avatar and password. */
export interface IamClient {
  /** `POST /users/me/password/`: changes the human user's password (202); the confirmation must equal the new password. */
  changeMyPassword(body: IamChangePasswordBody, options?: CallOptions): ApiPromise<unknown>;
  /** `POST /users/me/avatar/`: uploads an avatar as `multipart/form-data` (part `file`) and returns the user (201). */
  createProfileAvatar(file: IamAvatarFile, options?: IamAvatarOptions): ApiPromise<IamUser>;
  /** `DELETE /users/me/`: deletes the human user, irreversibly; resolves to `undefined` on EazyRent's 410 Gone. */
  deleteMyUser(options?: CallOptions): ApiPromise<undefined>;
  /** `DELETE /users/me/avatar/`: removes the avatar (202). */
  deleteProfileAvatar(options?: CallOptions): ApiPromise<unknown>;
  /** `GET /users/me/config/`: the human user's settings (`NotFoundError` for a service account). */
  getMyConfig(options?: CallOptions): ApiPromise<IamUserConfig>;
  /** `GET /users/me/`: the authenticated user, a `Human` user or a `Machine` service account. */
  getMyUser(options?: CallOptions): ApiPromise<IamCurrentUser>;
  /** `GET /users/me/notification-preferences/`: the human user's notification switches. */
  getUserNotificationPreferences(options?: CallOptions): ApiPromise<IamNotificationConfig>;
  /** `PATCH /users/me/`: updates only the profile fields given and returns the user. */
  partialUpdateMyUser(body: IamPartialUpdateUserBody, options?: CallOptions): ApiPromise<IamUser>;
  /** `POST /users/me/sync-from-auth/`: re-reads the user from the authentication service (202). */
  syncMyUserFromAuthService(options?: CallOptions): ApiPromise<unknown>;
  /** `PUT /users/me/config/`: replaces the human user's settings (omitted fields return to their defaults). */
  updateMyConfig(body: IamUserConfigInput, options?: CallOptions): ApiPromise<IamUserConfig>;
  /** `PUT /users/me/notification-preferences/`: replaces the human user's notification switches. */
  updateUserNotificationPreferences(body: IamNotificationConfigInput, options?: CallOptions): ApiPromise<IamNotificationConfig>;
}

/** Creates an EazyRent IAM client: `createIamClient({ apiKey })`, `({ accessToken })` or `({ getAccessToken })`. */
export function createIamClient(options: IamClientOptions): IamClient {
  const { apiKey, accessToken, getAccessToken, ...rest } = options ?? ({} as IamClientOptions);
  const client = createClient({
    ...rest,
    baseURL: rest.baseURL ?? DEFAULT_BASE_URL,
    auth: { default: iamAuth({ apiKey, accessToken, getAccessToken }) },
    errorMessage,
  });
  return {
    changeMyPassword: (body, call) => client.request(changeMyPassword, { body }, call),
    createProfileAvatar: (file, options) => {
      // Options that are not an object go to core as they are, which refuses them (RequestValidationError).
      const own = typeof options === 'object' && options !== null ? options : undefined;
      const { filename, contentType, ...call } = own ?? {};
      return client.request(createProfileAvatar, { body: { file: avatarPart(file, { filename, contentType }) } }, own ? call : options);
    },
    deleteMyUser: (call) => client.request(deleteMyUser, {}, call),
    deleteProfileAvatar: (call) => client.request(deleteProfileAvatar, {}, call),
    getMyConfig: (call) => client.request(getMyConfig, {}, call),
    getMyUser: (call) => client.request(getMyUser, {}, call),
    getUserNotificationPreferences: (call) => client.request(getUserNotificationPreferences, {}, call),
    partialUpdateMyUser: (body, call) => client.request(partialUpdateMyUser, { body }, call),
    syncMyUserFromAuthService: (call) => client.request(syncMyUserFromAuthService, {}, call),
    updateMyConfig: (body, call) => client.request(updateMyConfig, { body }, call),
    updateUserNotificationPreferences: (body, call) => client.request(updateUserNotificationPreferences, { body }, call),
  };
}
