import * as v from 'valibot';

/** `name`: the account (user) name. */
export const name = v.pipe(v.string(), v.nonEmpty('Must not be empty'));

/** `email`: 2 to 255 characters (the doc asks no more; the server checks the address itself). */
export const email = v.pipe(
  v.string(),
  v.minLength(2, 'Must be at least 2 characters'),
  v.maxLength(255, 'Must be at most 255 characters'),
);

/** A new password: at least 6 characters, with letters and figures. */
export const password = v.pipe(
  v.string(),
  v.minLength(6, 'Must be at least 6 characters'),
  v.regex(/\p{L}/u, 'Must include a letter'),
  v.regex(/\d/, 'Must include a figure'),
);

/** `language_code`: a two-letter code such as `en` or `fr`. */
export const languageCode = v.pipe(v.string(), v.regex(/^[A-Za-z]{2}$/, 'Expected a two-letter language code such as "en"'));

/** `phone`: free text, as the doc shows (`"(202) 358-0001"`). */
export const phone = v.string();

/** The phone SMS notifications go to, as sent in `createAccount` / `updateAccount`. */
export interface MentionNotificationPhoneInput {
  /** The phone number, e.g. `"+33123456789"`; the doc shows it unquoted (`+33123456789`), so a number is sent as given too. */
  number: string | number;
}

/** `default_notification_phone`: `{ number: "+33123456789" }`, or the number unquoted as the doc shows it; sent as given. */
export const notificationPhone: v.GenericSchema<MentionNotificationPhoneInput> = v.strictObject({
  number: v.union([v.pipe(v.string(), v.nonEmpty('Must not be empty')), v.pipe(v.number(), v.finite())]),
});
