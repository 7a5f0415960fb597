import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { AccountResponse, DOCS } from '../schemas/account';
import { email, languageCode, name, notificationPhone, password, phone } from '../schemas/account-fields';

/**
 * The body of `PUT /accounts/{account_id}`: a partial update of the updatable fields. A password
 * change sends both `old_password` and `new_password`; `client` cannot be changed.
 */
export const UpdateAccountBody = v.pipe(
  v.strictObject({
    name: v.optional(name),
    email: v.optional(email),
    phone: v.optional(phone),
    language_code: v.optional(languageCode),
    default_notification_phone: v.optional(notificationPhone),
    // The current password is checked by Mention only; it may predate the current rules.
    old_password: v.optional(v.pipe(v.string(), v.nonEmpty('Must not be empty'))),
    new_password: v.optional(password),
    // Named here (rather than left to the strict object) so the error says why.
    password: v.optional(v.never('A password change sends old_password and new_password, not password')),
    client: v.optional(v.never('client is not updatable: it is set when the account is created')),
  }),
  v.forward(
    v.partialCheck(
      [['old_password'], ['new_password']],
      (b) => b.old_password === undefined || b.new_password !== undefined,
      'A password change needs new_password along with old_password',
    ),
    ['new_password'],
  ),
  v.forward(
    v.partialCheck(
      [['old_password'], ['new_password']],
      (b) => b.new_password === undefined || b.old_password !== undefined,
      'A password change needs old_password along with new_password',
    ),
    ['old_password'],
  ),
);

/** `PUT /accounts/{account_id}`: changes only the fields sent; a token can only change its own account. */
export const updateAccount = defineEndpoint({
  operation: 'updateAccount',
  method: 'PUT',
  path: '/accounts/{account_id}',
  body: UpdateAccountBody,
  response: AccountResponse,
  idempotent: true,
  summary: 'Modifies an existing account, usually in order to update some core information such as email.',
  docs: `${DOCS}/PutAccount.html`,
});
