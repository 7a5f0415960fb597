import * as v from 'valibot';

// AppNotificationConfig / EmailNotificationConfig: booleans the server defaults when omitted.
function app<S extends v.GenericSchema>(flag: S) {
  return {
    rental_file_submitted: flag,
    rental_file_created: flag,
    rental_file_deletion: flag,
    rental_file_analyzed: flag,
    rental_file_collected: flag,
    insurance_agreement: flag,
  };
}
const email = <S extends v.GenericSchema>(flag: S) => ({ ...app(flag), notifications_overview: flag });

/** `NotificationConfig` as the server returns it: `app` and `email` switches, new ones kept. */
export const NotificationConfig = v.looseObject({
  app: v.looseObject(app(v.nullish(v.boolean()))),
  email: v.looseObject(email(v.nullish(v.boolean()))),
});

/** `NotificationConfig` as a request body: both channels (the PUT replaces them), documented switches only. */
export const NotificationConfigInput = v.strictObject({
  app: v.strictObject(app(v.optional(v.boolean()))),
  email: v.strictObject(email(v.optional(v.boolean()))),
});
