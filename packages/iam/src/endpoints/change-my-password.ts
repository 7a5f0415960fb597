import type { Assert, Same } from '@acct/core';
import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { DOCS } from '../docs';
import { Accepted } from '../schemas/accepted';

/** The body of `changeMyPassword` (`ChangePassword`): all three fields are required. */
export interface IamChangePasswordBody {
  /** The user's current password; a wrong one is answered with 400. */
  current_password: string;
  /** The new password; one that does not meet EazyRent's security rules is answered with 400. */
  new_password: string;
  /** The new password again; one that differs is refused before anything is sent. */
  new_password_confirmation: string;
}

const secret = v.pipe(v.string(), v.nonEmpty('Must not be empty'));
const ChangePasswordObject = v.strictObject({ current_password: secret, new_password: secret, new_password_confirmation: secret });
type _Check = Assert<Same<IamChangePasswordBody, v.InferInput<typeof ChangePasswordObject>>>;

/** `ChangePassword`: all three fields required; a confirmation that differs is refused before sending. */
export const ChangePasswordBody: v.GenericSchema<IamChangePasswordBody, IamChangePasswordBody> = v.pipe(
  ChangePasswordObject,
  v.forward(
    v.partialCheck(
      [['new_password'], ['new_password_confirmation']],
      (b) => b.new_password === b.new_password_confirmation,
      'Must equal new_password',
    ),
    ['new_password_confirmation'],
  ),
);

/** The `changeMyPassword` operation; its JSDoc is the client method's (kept multi-line so it survives into the .d.ts). */
export const changeMyPasswordOperation = {
  /**
   * `POST /users/me/password/`: changes the authenticated human user's password (202 Accepted). Never
   * sent twice once it may have reached the server: a replay would fail the current-password check
   * after the change was made. The doc's status table lists 202 and 422; its prose adds 400 (wrong or
   * weak password, `BadRequestError`) and 404 (user not found, `NotFoundError`).
   */
  changeMyPassword: defineEndpoint({
    operation: 'changeMyPassword',
    method: 'POST',
    path: '/users/me/password/',
    body: ChangePasswordBody,
    response: Accepted,
    success: [202],
    idempotent: false,
    repeat: 'never',
    summary: 'Change my password.',
    docs: `${DOCS}#change_my_password`,
  }),
};
