import { openEnum } from '@acct/core';
import * as v from 'valibot';

// The spec marks no response field as required: every field is optional, unknown fields pass.
const text = v.optional(v.string());

/** An account's `status`: `active` or `inactive`, open to values Glowmarkt may add. */
export const AccountState = openEnum(['active', 'inactive']);

/** `AccountRes` (and `UpdateAccountRes`, the same shape): one account of the application. */
export const AccountRes = v.looseObject({
  accountId: text,
  active: v.optional(v.boolean()),
  applicationId: text,
  createdAt: text,
  directoryId: text,
  email: text,
  name: text,
  status: v.optional(AccountState),
  updatedAt: text,
  userId: text,
  username: text,
});

/** `AccountStatus`: an account's state and, for an external directory, its token's validity. */
export const AccountStatus = v.looseObject({
  accountId: text,
  active: v.optional(v.boolean()),
  applicationId: text,
  createdAt: text,
  directory: v.optional(v.looseObject({ data: v.optional(v.looseObject({ tokenIssueDate: text, tokenExpiryDate: text })) })),
  directoryId: text,
  status: v.optional(AccountState),
  updatedAt: text,
});
