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

/** The body of `createAccount` (`POST /accounts`): `name`, `email`, `password` and `language_code` are required. */
export interface MentionCreateAccountRequest {
  /** Account (user) name, e.g. `"John Smith"`. */
  name: string;
  /** Account email, 2 to 255 characters. */
  email: string;
  /** Account password: at least 6 characters, with letters and figures (never logged or echoed). */
  password: string;
  /** Two-letter language code, e.g. `en` (the app data lists the available ones). */
  language_code: string;
  /** Account phone number, free text, e.g. `"(202) 358-0001"`. */
  phone?: string | undefined;
  /** Name of the client application registering the user, e.g. `appTestMention`; cannot be changed afterwards. */
  client?: string | undefined;
  /** The phone SMS notifications go to. */
  default_notification_phone?: MentionNotificationPhoneInput | undefined;
}

const CreateAccountObject = v.strictObject({
  name,
  email,
  password,
  language_code: languageCode,
  phone: v.optional(phone),
  client: v.optional(v.pipe(v.string(), v.nonEmpty('Must not be empty'))),
  default_notification_phone: v.optional(notificationPhone),
});
export type _CreateCheck = Assert<SameShape<MentionCreateAccountRequest, v.InferInput<typeof CreateAccountObject>>>;

/** Schema of `MentionCreateAccountRequest`: unknown fields (typos) refused. */
export const CreateAccountBody: v.GenericSchema<MentionCreateAccountRequest> = CreateAccountObject;

/** `POST /accounts`: creates an account. Not idempotent: retried only on 429 and 503. */
export const createAccount = defineEndpoint({
  operation: 'createAccount',
  method: 'POST',
  path: '/accounts',
  call: (body: MentionCreateAccountRequest) => ({ body }),
  body: CreateAccountBody,
  response: AccountResponse,
  // The doc shows the body but not the status; 201 is accepted too, as a create may answer with it.
  success: [200, 201],
  idempotent: false,
  summary: 'Creates a new account.',
  docs: `${DOCS}/PostAccount.html`,
});
