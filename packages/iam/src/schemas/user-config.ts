import type { Assert, Same } from '@acct/core';
import { entity, type JsonValue, jsonValue } from '@acct/core';
import * as v from 'valibot';

/** A JSON object, as a free-form settings field holds: any keys, any JSON values. */
export type IamJsonObject = { [key: string]: JsonValue };

const isPlainObject = (x: unknown): x is IamJsonObject => {
  if (typeof x !== 'object' || x === null) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
};

// Checked to be an object of JSON values (core's jsonValue refuses NaN, a Map…, which JSON would
// change) and then sent as it is: no copy, so arrays inside stay arrays.
const jsonObject = () =>
  v.pipe(jsonValue(), v.check(isPlainObject as (x: JsonValue) => boolean, 'Expected a JSON object')) as v.GenericSchema<IamJsonObject>;

/** A human user's settings (`UserConfig`) as the server returns them; any field may be `null` or absent. */
export interface IamUserConfig {
  /** Signature added to the e-mails the user sends from EazyRent (plain text or HTML, see `raw_html_email`). */
  email_signature?: string | null | undefined;
  /** Whether the EazyRent interface uses the dark theme. */
  dark_mode?: boolean | null | undefined;
  /** The user's property rent subscriptions; the items follow a model the vendor does not publish, kept as sent. */
  property_rent_subscriptions?: JsonValue[] | null | undefined;
  /** Whether notifications are also sent by e-mail. */
  send_notification_by_mail?: boolean | null | undefined;
  /** Whether e-mails (and the signature) are sent as raw HTML. */
  raw_html_email?: boolean | null | undefined;
  /** Free-form interface settings (a JSON object the EazyRent front end stores), kept as sent. */
  interface_config?: IamJsonObject | null | undefined;
}

/** The settings `updateMyConfig` sends (`UserConfig`). The PUT replaces them: fields left out return to the server's defaults. */
export interface IamUserConfigInput {
  /** Signature added to the e-mails the user sends from EazyRent. */
  email_signature?: string | undefined;
  /** Whether the EazyRent interface uses the dark theme. */
  dark_mode?: boolean | undefined;
  /** Property rent subscriptions; items follow a model the vendor does not publish and are sent exactly as given. */
  property_rent_subscriptions?: JsonValue[] | undefined;
  /** Whether notifications are also sent by e-mail. */
  send_notification_by_mail?: boolean | undefined;
  /** Whether e-mails (and the signature) are sent as raw HTML. */
  raw_html_email?: boolean | undefined;
  /** Free-form interface settings: any JSON object, sent exactly as given. */
  interface_config?: IamJsonObject | undefined;
}

const fields = {
  email_signature: v.string(),
  dark_mode: v.boolean(),
  property_rent_subscriptions: v.array(jsonValue()),
  send_notification_by_mail: v.boolean(),
  raw_html_email: v.boolean(),
  interface_config: jsonObject(),
};

// Nothing in UserConfig is promised: every field has a server-side default.
const UserConfigEntity = entity({}, fields);
const UserConfigInputObject = v.strictObject({
  email_signature: v.optional(fields.email_signature),
  dark_mode: v.optional(fields.dark_mode),
  property_rent_subscriptions: v.optional(fields.property_rent_subscriptions),
  send_notification_by_mail: v.optional(fields.send_notification_by_mail),
  raw_html_email: v.optional(fields.raw_html_email),
  interface_config: v.optional(fields.interface_config),
});

type _Checks = [
  Assert<Same<IamUserConfig, v.InferOutput<typeof UserConfigEntity>>>,
  Assert<Same<IamUserConfigInput, v.InferInput<typeof UserConfigInputObject>>>,
];

/** `UserConfig` as the server returns it: present fields type-checked, `null` tolerated, new fields kept. */
export const UserConfig: v.GenericSchema<unknown, IamUserConfig> = UserConfigEntity;

/** `UserConfig` as a request body: documented fields only (a typo is refused), free-form values sent verbatim. */
export const UserConfigInput: v.GenericSchema<IamUserConfigInput, IamUserConfigInput> = UserConfigInputObject;
