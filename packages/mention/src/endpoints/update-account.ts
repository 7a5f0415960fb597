import type { Assert, Same as SameShape } from '@acct/core';
import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { AccountResponse, DOCS } from '../schemas/account';
import {
  email,
  languageCode,
  type MentionNotificationPhoneInput,
  name,
  notificationPhone,
  password,
  phone,
} from '../schemas/account-fields';

/** The body of `updateAccount` (`PUT /accounts/{account_id}`): any subset of the updatable fields. */
export interface MentionUpdateAccountRequest {
  /** New account (user) name. */
  name?: string | undefined;
  /** New account email, 2 to 255 characters. */
  email?: string | undefined;
  /** New phone number, free text. */
  phone?: string | undefined;
  /** New two-letter language code, e.g. `fr`. */
  language_code?: string | undefined;
  /** The phone SMS notifications go to. */
  default_notification_phone?: MentionNotificationPhoneInput | undefined;
  /** The current password; a password change sends it with `new_password` (such a call is never sent twice). */
  old_password?: string | undefined;
  /** The new password: at least 6 characters, with letters and figures; needs `old_password`. */
  new_password?: string | undefined;
  /** Not accepted: a password change sends `old_password` and `new_password`. */
  password?: never;
  /** Not updatable: set when the account is created. */
  client?: never;
}

const UpdateAccountObject = v.strictObject({
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
});
export type _UpdateCheck = Assert<SameShape<MentionUpdateAccountRequest, v.InferInput<typeof UpdateAccountObject>>>;

/** Schema of `MentionUpdateAccountRequest`; a password change needs both `old_password` and `new_password`. */
export const UpdateAccountBody: v.GenericSchema<MentionUpdateAccountRequest> = v.pipe(
  UpdateAccountObject,
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

const isPasswordChange = (body: unknown) => {
  const b = body as MentionUpdateAccountRequest | undefined;
  return b?.old_password !== undefined || b?.new_password !== undefined;
};

/** `PUT /accounts/{account_id}`: changes only the fields sent; a token can only change its own account. */
export const updateAccount = defineEndpoint({
  operation: 'updateAccount',
  method: 'PUT',
  path: '/accounts/{account_id}',
  call: (accountId: string, body: MentionUpdateAccountRequest) => ({ params: { account_id: accountId }, body }),
  body: UpdateAccountBody,
  response: AccountResponse,
  idempotent: true,
  // A replayed password change fails Mention's old-password check (the first one was applied): never send it twice.
  repeat: (input) => (isPasswordChange(input.body) ? 'never' : undefined),
  summary: 'Modifies an existing account, usually in order to update some core information such as email.',
  docs: `${DOCS}/PutAccount.html`,
});
