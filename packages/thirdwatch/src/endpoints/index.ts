import { createAccount } from './create-account';
import { linkSessionToUser } from './link-session-to-user';
import { login } from './login';
import { logout } from './logout';
import { updateAccount } from './update-account';

/** The Thirdwatch operations, one declaration each: the client's methods derive from them. */
export const endpoints = {
  /** `POST /v1/update_account`: records changes to a user's account; accounts created before you integrated need no `createAccount` first. */
  updateAccount,
  /** `POST /v1/create_account`: records a new account, with the same fields as `updateAccount`. */
  createAccount,
  /** `POST /v1/login`: records a login attempt (`_loginStatus: '_success' | '_failure'`). */
  login,
  /** `POST /v1/logout`: records a logout. */
  logout,
  /** `POST /v1/link_session_to_user`: ties an anonymous session (guest checkout) to a user. */
  linkSessionToUser,
};
