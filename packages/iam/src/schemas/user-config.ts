import * as v from 'valibot';

// Every field is optional in the vendor's UserConfig model, with a server-side default.
const entries = {
  email_signature: v.string(),
  dark_mode: v.boolean(),
  // The spec types the items as `UserConfigPropertyRentSubscriptionsInner`, a model it does not
  // publish: they are passed through as they are and left to the server to check.
  property_rent_subscriptions: v.array(v.unknown()),
  send_notification_by_mail: v.boolean(),
  raw_html_email: v.boolean(),
  interface_config: v.record(v.string(), v.unknown()),
};

/** `UserConfig` as the server returns it: known fields checked, `null` tolerated, new fields kept. */
export const UserConfig = v.looseObject({
  email_signature: v.nullish(entries.email_signature),
  dark_mode: v.nullish(entries.dark_mode),
  property_rent_subscriptions: v.nullish(entries.property_rent_subscriptions),
  send_notification_by_mail: v.nullish(entries.send_notification_by_mail),
  raw_html_email: v.nullish(entries.raw_html_email),
  interface_config: v.nullish(entries.interface_config),
});

/** `UserConfig` as a request body: only the documented fields; a PUT resets omitted ones to their defaults. */
export const UserConfigInput = v.strictObject({
  email_signature: v.optional(entries.email_signature),
  dark_mode: v.optional(entries.dark_mode),
  property_rent_subscriptions: v.optional(entries.property_rent_subscriptions),
  send_notification_by_mail: v.optional(entries.send_notification_by_mail),
  raw_html_email: v.optional(entries.raw_html_email),
  interface_config: v.optional(entries.interface_config),
});
