import {
  type ApiPromise,
  bindMethods,
  type CallOptions,
  type ClientOptions,
  ConfigurationError,
  createClient,
  type Methods,
  thrownLine,
} from '@acct/core';
import {
  type AvatarData,
  avatarPart,
  createProfileAvatar,
  type IamAvatarBody,
  type IamAvatarPart,
} from './endpoints/create-profile-avatar';
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
  const { apiKey, accessToken, getAccessToken, ...rest } = readOptions(options);
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
      // `filename` and `contentType` are this method's own; the rest are core's call options (it
      // refuses unknown ones). They and the file are read where core reads a call's input (its
      // `body`), so a throwing getter or Proxy rejects with a RequestValidationError, as for every
      // other method. Read once.
      let part: AvatarPartOptions = {};
      let call: CallOptions | undefined = options as CallOptions | undefined;
      let thrown: { error: unknown } | undefined;
      try {
        if (typeof options === 'object' && options !== null) {
          const { filename, contentType, ...rest } = options;
          part = { filename, contentType };
          call = rest;
        }
      } catch (error) {
        thrown = { error };
        call = undefined;
      }
      let body: IamAvatarBody | undefined;
      const input = {
        get body(): IamAvatarBody {
          if (thrown) throw thrown.error;
          body ??= { file: avatarPart(file, part) as IamAvatarPart };
          return body;
        },
      };
      return client.request(createProfileAvatar, input, call);
    },
  };
}

type AvatarPartOptions = { filename?: string | undefined; contentType?: string | undefined };

type GivenOptions = ClientOptions & { apiKey?: unknown; accessToken?: unknown; getAccessToken?: unknown };

/** The options, read once into a plain copy: a getter or a Proxy that throws is a `ConfigurationError`, not a raw error. */
function readOptions(options: unknown): GivenOptions {
  try {
    return { ...((options ?? {}) as GivenOptions) };
  } catch (e) {
    throw new ConfigurationError(`createIamClient: the options could not be read — ${thrownLine(e)}`, { cause: e });
  }
}
