import type { Assert, Same } from '@acct/core';
import { entity } from '@acct/core';
import * as v from 'valibot';

/** In-app notification switches (`AppNotificationConfig`) as returned; a switch may be `null` or absent. */
export interface IamAppNotifications {
  /** Notify when a tenant submits a rental file. */
  rental_file_submitted?: boolean | null | undefined;
  /** Notify when a rental file is created. */
  rental_file_created?: boolean | null | undefined;
  /** Notify when a rental file is deleted. */
  rental_file_deletion?: boolean | null | undefined;
  /** Notify when a rental file's analysis is done. */
  rental_file_analyzed?: boolean | null | undefined;
  /** Notify when a rental file's documents are all collected. */
  rental_file_collected?: boolean | null | undefined;
  /** Notify about rent insurance agreements. */
  insurance_agreement?: boolean | null | undefined;
}

/** E-mail notification switches (`EmailNotificationConfig`) as returned: the in-app ones plus the overview. */
export interface IamEmailNotifications extends IamAppNotifications {
  /** Send a periodic e-mail overview of the notifications. */
  notifications_overview?: boolean | null | undefined;
}

/** The human user's notification preferences (`NotificationConfig`) as returned. */
export interface IamNotificationConfig {
  /** In-app switches; `null` or absent when the server sends none. */
  app?: IamAppNotifications | null | undefined;
  /** E-mail switches; `null` or absent when the server sends none. */
  email?: IamEmailNotifications | null | undefined;
}

/** In-app switches to send; one left out returns to the server's default. */
export interface IamAppNotificationsInput {
  /** Notify when a tenant submits a rental file. */
  rental_file_submitted?: boolean | undefined;
  /** Notify when a rental file is created. */
  rental_file_created?: boolean | undefined;
  /** Notify when a rental file is deleted. */
  rental_file_deletion?: boolean | undefined;
  /** Notify when a rental file's analysis is done. */
  rental_file_analyzed?: boolean | undefined;
  /** Notify when a rental file's documents are all collected. */
  rental_file_collected?: boolean | undefined;
  /** Notify about rent insurance agreements. */
  insurance_agreement?: boolean | undefined;
}

/** E-mail switches to send: the in-app ones plus the overview. */
export interface IamEmailNotificationsInput extends IamAppNotificationsInput {
  /** Send a periodic e-mail overview of the notifications. */
  notifications_overview?: boolean | undefined;
}

/** The body of `updateUserNotificationPreferences` (`NotificationConfig`): both channels, as the PUT replaces them. */
export interface IamNotificationConfigInput {
  /** In-app switches (required; `{}` resets them all to the defaults). */
  app: IamAppNotificationsInput;
  /** E-mail switches (required; `{}` resets them all to the defaults). */
  email: IamEmailNotificationsInput;
}

const APP = [
  'rental_file_submitted',
  'rental_file_created',
  'rental_file_deletion',
  'rental_file_analyzed',
  'rental_file_collected',
  'insurance_agreement',
] as const;
const EMAIL = [...APP, 'notifications_overview'] as const;
const flags = <K extends string, S extends v.GenericSchema>(keys: readonly K[], flag: S) =>
  Object.fromEntries(keys.map((k) => [k, flag])) as { [P in K]: S };

const AppEntity = entity({}, flags(APP, v.boolean()));
const EmailEntity = entity({}, flags(EMAIL, v.boolean()));
const AppInput = v.strictObject(flags(APP, v.optional(v.boolean())));
const EmailInput = v.strictObject(flags(EMAIL, v.optional(v.boolean())));

type _Checks = [
  Assert<Same<IamAppNotifications, v.InferOutput<typeof AppEntity>>>,
  Assert<Same<IamEmailNotifications, v.InferOutput<typeof EmailEntity>>>,
  Assert<Same<IamAppNotificationsInput, v.InferInput<typeof AppInput>>>,
  Assert<Same<IamEmailNotificationsInput, v.InferInput<typeof EmailInput>>>,
];

const AppSchema: v.GenericSchema<unknown, IamAppNotifications> = AppEntity;
const EmailSchema: v.GenericSchema<unknown, IamEmailNotifications> = EmailEntity;
const AppInputSchema: v.GenericSchema<IamAppNotificationsInput> = AppInput;
const EmailInputSchema: v.GenericSchema<IamEmailNotificationsInput> = EmailInput;
const NotificationEntity = entity({}, { app: AppSchema, email: EmailSchema });
const NotificationInputObject = v.strictObject({ app: AppInputSchema, email: EmailInputSchema });

type _Outer = [
  Assert<Same<IamNotificationConfig, v.InferOutput<typeof NotificationEntity>>>,
  Assert<Same<IamNotificationConfigInput, v.InferInput<typeof NotificationInputObject>>>,
];

/** `NotificationConfig` as the server returns it: present switches type-checked, `null` tolerated, new switches kept. */
export const NotificationConfig: v.GenericSchema<unknown, IamNotificationConfig> = NotificationEntity;

/** `NotificationConfig` as a request body: both channels, documented switches only (a typo is refused). */
export const NotificationConfigInput: v.GenericSchema<IamNotificationConfigInput, IamNotificationConfigInput> = NotificationInputObject;
