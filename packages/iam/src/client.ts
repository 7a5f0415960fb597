import { type ApiPromise, bindMethods, type CallOptions, type ClientOptions, createClient, type Methods } from '@acct/core';
import { type AvatarData, avatarPart, createProfileAvatar } from './endpoints/create-profile-avatar';
import { operations } from './endpoints/index';
import { errorDetails } from './error-details';
import { errorMessage } from './error-message';
import { type IamCredentials, iamAuth } from './iam-auth';
import type { IamUser } from './schemas/user';

// Stamped with the package version at build time (tsdown `define`); absent when run from source.
declare const __ACCT_VERSION__: string | undefined;
const VERSION = typeof __ACCT_VERSION__ === 'string' ? __ACCT_VERSION__ : '0.0.0-dev';

/** EazyRent's IAM API (`https://api.v2.eazyrent.fr/iam/v1` also serves it). */
export const DEFAULT_BASE_URL = 'https://api.eazyrent.fr/iam/v1';

/** Options of `createIamClient`: exactly one credential, plus the options every client accepts. */
export type IamClientOptions = ClientOptions & IamCredentials;

/** The avatar `createProfileAvatar` uploads: a `Blob` / `File`, or its bytes (`Uint8Array`, `Buffer`, `ArrayBuffer`). */
export type IamAvatarFile = AvatarData;

/** Options of `createProfileAvatar`: the part's filename and content type, and the call options. */
export interface IamAvatarOptions extends CallOptions {
  /** Default: the File's name, else `avatar` with the type's extension. */
  filename?: string;
  /** Default: the Blob's type, else sniffed from the bytes (PNG, JPEG, GIF, WebP), else `application/octet-stream`. */
  contentType?: string;
}

/** The EazyRent IAM UsersApi: the authenticated user, its settings, notification preferences, avatar and password. */
export interface IamClient extends Methods<typeof operations> {
  /** `POST /users/me/avatar/`: uploads an avatar as `multipart/form-data` (part `file`) and returns the user (201). */
  createProfileAvatar(file: IamAvatarFile, options?: IamAvatarOptions): ApiPromise<IamUser>;
}

/** Creates an EazyRent IAM client: `createIamClient({ apiKey })`, `({ accessToken })` or `({ getAccessToken })`. */
export function createIamClient(options: IamClientOptions): IamClient {
  const { apiKey, accessToken, getAccessToken, ...rest } = (options ?? {}) as unknown as ClientOptions & {
    apiKey?: unknown;
    accessToken?: unknown;
    getAccessToken?: unknown;
  };
  const client = createClient({
    ...rest,
    baseURL: rest.baseURL ?? DEFAULT_BASE_URL,
    auth: { default: iamAuth({ apiKey, accessToken, getAccessToken }) },
    errorMessage,
    errorDetails,
    sdk: { name: '@acct/iam', version: VERSION },
  });
  return {
    ...bindMethods(client, operations),
    createProfileAvatar: (file, options) => {
      // Options that are not an object go to core as they are, which refuses them (RequestValidationError).
      const own = typeof options === 'object' && options !== null ? options : undefined;
      const { filename, contentType, ...call } = own ?? {};
      return client.request(createProfileAvatar, { body: { file: avatarPart(file, { filename, contentType }) } }, own ? call : options);
    },
  };
}
