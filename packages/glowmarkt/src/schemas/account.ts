import type { Assert, Same } from '@acct/core';
import { entity, openEnum } from '@acct/core';
import * as v from 'valibot';

/** An account's `status`: `active` or `inactive`; any other string Glowmarkt adds passes through. */
export type GlowmarktAccountState = 'active' | 'inactive' | (string & {});

/** An account's `status` in a response: the spec's `active` / `inactive`, open to values Glowmarkt may add. */
export const AccountState: v.GenericSchema<GlowmarktAccountState> = openEnum(['active', 'inactive']);

/**
 * One account of the application (the spec's `AccountRes`, and `UpdateAccountRes`, the same shape).
 * The spec marks no field as required: each may be absent or `null`; unknown fields are kept.
 */
export interface GlowmarktAccount {
  /** The account's id (a UUID, e.g. `ffe4f42e-7c1a-4ea3-9ec8-087d4a1071e6`). */
  accountId?: string | null | undefined;
  /** Whether the account is active. */
  active?: boolean | null | undefined;
  /** The id of the application the account belongs to. */
  applicationId?: string | null | undefined;
  /** When the account was created (ISO 8601 date-time, e.g. `2017-10-18T17:06:48.549Z`). */
  createdAt?: string | null | undefined;
  /** The id of the user directory the account's user belongs to. */
  directoryId?: string | null | undefined;
  /** The user's email address. */
  email?: string | null | undefined;
  /** The user's display name, e.g. `Montgomery Jorgensen`. */
  name?: string | null | undefined;
  /** `active` or `inactive` (a deleted account is `inactive`); new values pass through as strings. */
  status?: GlowmarktAccountState | null | undefined;
  /** When the account was last updated (ISO 8601 date-time). */
  updatedAt?: string | null | undefined;
  /** The id of the Glow user that owns the account (a UUID). */
  userId?: string | null | undefined;
  /** The user's login name, e.g. `scotty`. */
  username?: string | null | undefined;
  /** Fields the spec does not list yet are kept as received. */
  [field: string]: unknown;
}

/** The validity of a user's token at an external directory service (`AccountStatus.directory.data`). */
export interface GlowmarktDirectoryToken {
  /** When the external directory issued the user's token (ISO 8601 date-time). */
  tokenIssueDate?: string | null | undefined;
  /** When the user's token at the external directory expires (ISO 8601 date-time). */
  tokenExpiryDate?: string | null | undefined;
  /** Fields the spec does not list yet are kept as received. */
  [field: string]: unknown;
}

/** The external directory service an account is created under (`AccountStatus.directory`). */
export interface GlowmarktDirectoryStatus {
  /** The user's token at that directory; absent when the account uses no external directory. */
  data?: GlowmarktDirectoryToken | null | undefined;
  /** Fields the spec does not list yet are kept as received. */
  [field: string]: unknown;
}

/** An account's status (the spec's `AccountStatus`); every field may be absent or `null`, unknown fields are kept. */
export interface GlowmarktAccountStatus {
  /** The account's id (a UUID). */
  accountId?: string | null | undefined;
  /** Whether the account is active. */
  active?: boolean | null | undefined;
  /** The id of the application the account belongs to. */
  applicationId?: string | null | undefined;
  /** When the account was created (ISO 8601 date-time). */
  createdAt?: string | null | undefined;
  /** For an account under an external directory service: whether the user's token there is still valid. */
  directory?: GlowmarktDirectoryStatus | null | undefined;
  /** The id of the user directory the account's user belongs to. */
  directoryId?: string | null | undefined;
  /** `active` or `inactive`; new values pass through as strings. */
  status?: GlowmarktAccountState | null | undefined;
  /** When the account was last updated (ISO 8601 date-time). */
  updatedAt?: string | null | undefined;
  /** Fields the spec does not list yet are kept as received. */
  [field: string]: unknown;
}

const text = v.string();

const account = entity(
  {},
  {
    accountId: text,
    active: v.boolean(),
    applicationId: text,
    createdAt: text,
    directoryId: text,
    email: text,
    name: text,
    status: AccountState,
    updatedAt: text,
    userId: text,
    username: text,
  },
);

const directoryToken = entity({}, { tokenIssueDate: text, tokenExpiryDate: text });
const directory = entity({}, { data: directoryToken });
const accountStatus = entity(
  {},
  {
    accountId: text,
    active: v.boolean(),
    applicationId: text,
    createdAt: text,
    directory,
    directoryId: text,
    status: AccountState,
    updatedAt: text,
  },
);

/** `AccountRes` / `UpdateAccountRes`: reads one account; only the types of present fields are checked. */
export const AccountRes: v.GenericSchema<unknown, GlowmarktAccount> = account;
/** `AccountStatus`: reads an account's status; only the types of present fields are checked. */
export const AccountStatus: v.GenericSchema<unknown, GlowmarktAccountStatus> = accountStatus;

/** Compile-time proof that the named types and the schemas describe the same fields. */
export type AccountTypesMatch = [
  Assert<Same<GlowmarktAccount, v.InferOutput<typeof account>>>,
  Assert<Same<GlowmarktAccountStatus, v.InferOutput<typeof accountStatus>>>,
  Assert<Same<GlowmarktDirectoryToken, v.InferOutput<typeof directoryToken>>>,
];
