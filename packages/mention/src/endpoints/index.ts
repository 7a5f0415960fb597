import { createAccount } from './create-account';
import { getAccount } from './get-account';
import { getMe } from './get-me';
import { updateAccount } from './update-account';

/** The Mention account operations, one declaration each: the client's methods derive from them. */
export const endpoints = {
  /** `GET /accounts/me`: the account of the access token; use `account.id` for the other methods. */
  getMe,
  /** `GET /accounts/{account_id}`: one account (only the token's own). */
  getAccount,
  /** `POST /accounts`: creates an account (`name`, `email`, `password`, `language_code` required). Retried only on 429 / 503. */
  createAccount,
  /** `PUT /accounts/{account_id}`: changes only the fields given. A password change (`old_password` + `new_password`) is never sent twice. */
  updateAccount,
};
