import { type ApiPromise, type CallOptions, ConfigurationError, createClient, createTokenCache } from '@acct/core';
import type * as v from 'valibot';
import { authSchemes } from './auth';
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
import { type GlowmarktClientOptions, readOptions } from './options';
import type { AccountRes, AccountStatus } from './schemas/account';
import type { IsValidRes } from './schemas/valid';

/** Glowmarkt's API root. */
export const DEFAULT_BASE_URL = 'https://api.glowmarkt.com/api/v0-1/';

type Body<E extends { body?: unknown }> = v.InferInput<NonNullable<E['body']> & v.GenericSchema>;
type Out<E extends { response?: unknown }> = v.InferOutput<NonNullable<E['response']> & v.GenericSchema>;

/** An account of the application (`AccountRes`). */
export type GlowmarktAccount = v.InferOutput<typeof AccountRes>;
/** An account's status (`AccountStatus`), with the external directory's token dates when there is one. */
export type GlowmarktAccountStatus = v.InferOutput<typeof AccountStatus>;
/** `{ valid }`, the answer of the calls that change something of the user's. */
export type GlowmarktValid = v.InferOutput<typeof IsValidRes>;
/** The answer of a login: `token` (JWT), `exp` (Unix seconds), `accountId`, `applicationId`, `name`, `valid`. */
export type GlowmarktSession = Out<typeof authenticate>;

/** The Glowmarkt AccountApi. Every method takes a last `{ signal, timeout, maxRetries, headers }`. */
export interface GlowmarktClient {
  /** Logs in now with `POST /auth` (needs `username` + `password`) and returns the session; later calls use its token until `exp`. */
  authenticate(options?: { signal?: AbortSignal }): Promise<GlowmarktSession>;
  /** `POST /account/{accountId}/mobileapptoken`: adds a mobile app token (`newToken`) so the user gets push notifications. */
  addMobileAppToken(accountId: string, body: Body<typeof addMobileAppToken>, options?: CallOptions): ApiPromise<GlowmarktValid>;
  /** `PUT /account/{accountId}/mobileapptoken`: removes a mobile app token (`removeToken`). */
  removeMobileAppToken(accountId: string, body: Body<typeof removeMobileAppToken>, options?: CallOptions): ApiPromise<GlowmarktValid>;
  /** `POST /account` (admin): adds an account in this application for an existing Glow user (`username`, `directoryId`). */
  addAccount(body: Body<typeof addAccount>, options?: CallOptions): ApiPromise<Out<typeof addAccount>>;
  /** `DELETE /account/{accountId}` (admin): deletes an account; the answer shows it `inactive`. */
  deleteAccount(accountId: string, options?: CallOptions): ApiPromise<Out<typeof deleteAccount>>;
  /** `GET /account/{accountId}/status` (admin): an account's status, and its external directory's token dates. */
  getAccountStatusById(accountId: string, options?: CallOptions): ApiPromise<GlowmarktAccountStatus>;
  /** `GET /account/status`: the status of the user's own account, read from their token. */
  getAccountStatusByUserToken(options?: CallOptions): ApiPromise<GlowmarktAccountStatus>;
  /** `GET /account/{accountId}` (admin): one account of the application. */
  getAccountById(accountId: string, options?: CallOptions): ApiPromise<GlowmarktAccount>;
  /** `GET /account` (admin): every account of the application, in one array. */
  getAccounts(options?: CallOptions): ApiPromise<GlowmarktAccount[]>;
  /** `PUT /account/{accountId}` (admin): updates an account's metadata (`name`). */
  updateAccount(accountId: string, body: Body<typeof updateAccount>, options?: CallOptions): ApiPromise<GlowmarktAccount>;
  /** `POST /account/email`: changes the user's email. */
  changeEmail(body: Body<typeof changeEmail>, options?: CallOptions): ApiPromise<GlowmarktValid>;
  /** `POST /account/name`: changes the user's name. */
  changeName(body: Body<typeof changeName>, options?: CallOptions): ApiPromise<GlowmarktValid>;
  /** `POST /account/changepassword`: changes the user's password (`oldPassword`, `newPassword`). */
  changePassword(body: Body<typeof changePassword>, options?: CallOptions): ApiPromise<GlowmarktValid>;
}

/** Creates a Glowmarkt client: `createGlowmarktClient({ applicationId, username, password })`, or `token`, and/or `basicAuth`. */
export function createGlowmarktClient(options: GlowmarktClientOptions): GlowmarktClient {
  const { applicationId, token, login, basicAuth, ...rest } = readOptions(options);
  // The last login's answer, for `authenticate()`; the token cache decides when to log in.
  let session: GlowmarktSession | undefined;
  const tokens = login
    ? createTokenCache(async () => {
        session = await client.request(authenticate, { body: login });
        return { token: session.token, expiresAt: session.exp * 1000 };
      })
    : undefined;
  const client = createClient({
    ...rest,
    baseURL: rest.baseURL ?? DEFAULT_BASE_URL,
    auth: authSchemes(applicationId, token ?? tokens, basicAuth),
    secrets: [login?.username, login?.password],
  });
  const id = (accountId: string) => ({ params: { accountId } });
  return {
    async authenticate(call) {
      if (!tokens) throw new ConfigurationError('authenticate needs `username` and `password`, which this client was not given');
      // An explicit login: drop the cached token so `get` logs in (or joins a login already under way).
      if (session) tokens.invalidate(session.token);
      await tokens.get(call?.signal);
      return session!;
    },
    addMobileAppToken: (accountId, body, call) => client.request(addMobileAppToken, { ...id(accountId), body }, call),
    removeMobileAppToken: (accountId, body, call) => client.request(removeMobileAppToken, { ...id(accountId), body }, call),
    addAccount: (body, call) => client.request(addAccount, { body }, call),
    deleteAccount: (accountId, call) => client.request(deleteAccount, id(accountId), call),
    getAccountStatusById: (accountId, call) => client.request(getAccountStatusById, id(accountId), call),
    getAccountStatusByUserToken: (call) => client.request(getAccountStatusByUserToken, {}, call),
    getAccountById: (accountId, call) => client.request(getAccountById, id(accountId), call),
    getAccounts: (call) => client.request(getAccounts, {}, call),
    updateAccount: (accountId, body, call) => client.request(updateAccount, { ...id(accountId), body }, call),
    changeEmail: (body, call) => client.request(changeEmail, { body }, call),
    changeName: (body, call) => client.request(changeName, { body }, call),
    changePassword: (body, call) => client.request(changePassword, { body }, call),
  };
}
