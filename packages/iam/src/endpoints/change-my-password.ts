import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { DOCS } from '../docs';

const secret = v.pipe(v.string(), v.nonEmpty('Must not be empty'));

/** `ChangePassword`: all three fields required; a confirmation that differs is refused before sending. */
export const ChangePasswordBody = v.pipe(
  v.strictObject({ current_password: secret, new_password: secret, new_password_confirmation: secret }),
  v.forward(
    v.partialCheck(
      [['new_password'], ['new_password_confirmation']],
      (b) => b.new_password === b.new_password_confirmation,
      'Must equal new_password',
    ),
    ['new_password_confirmation'],
  ),
);

/**
 * `change_my_password`: changes the password of the authenticated human user. The vendor's status
 * table documents 202 (accepted) and 422; its prose adds 400 (wrong or weak password) and 404.
 */
export const changeMyPassword = defineEndpoint({
  operation: 'changeMyPassword',
  method: 'POST',
  path: '/users/me/password/',
  body: ChangePasswordBody,
  // Documented as an untyped `object`.
  response: v.unknown(),
  success: [202],
  idempotent: false,
  summary: 'Change my password.',
  docs: `${DOCS}#change_my_password`,
});
