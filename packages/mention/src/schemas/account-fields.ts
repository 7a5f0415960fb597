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

/** `default_notification_phone`: the phone SMS notifications go to, `{ number: "+33123456789" }`. */
export const notificationPhone = v.strictObject({ number: v.pipe(v.string(), v.nonEmpty('Must not be empty')) });
