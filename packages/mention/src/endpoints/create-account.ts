import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { AccountResponse, DOCS } from '../schemas/account';
import { email, languageCode, name, notificationPhone, password, phone } from '../schemas/account-fields';

/** The body of `POST /accounts`: name, email, password and language_code are required. */
export const CreateAccountBody = v.strictObject({
  name,
  email,
  password,
  language_code: languageCode,
  phone: v.optional(phone),
  /** The name of the application registering the user; it cannot be changed afterwards. */
  client: v.optional(v.pipe(v.string(), v.nonEmpty('Must not be empty'))),
  default_notification_phone: v.optional(notificationPhone),
});

/** `POST /accounts`: creates an account. Not idempotent: retried only on 429 and 503. */
export const createAccount = defineEndpoint({
  operation: 'createAccount',
  method: 'POST',
  path: '/accounts',
  body: CreateAccountBody,
  response: AccountResponse,
  // The doc shows the body but not the status; 201 is accepted too, as a create may answer with it.
  success: [200, 201],
  idempotent: false,
  summary: 'Creates a new account.',
  docs: `${DOCS}/PostAccount.html`,
});
