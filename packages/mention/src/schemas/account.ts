import type { Assert, Same as SameShape } from '@acct/core';
import { entity, openEnum } from '@acct/core';
import * as v from 'valibot';

/** Where Mention documents its account endpoints. */
export const DOCS = 'https://dev.mention.com/current/src/account';

const FREQUENCIES = ['never', 'occasionally', 'hourly', 'daily'] as const;
/** A notification frequency: the values the doc shows, or any value Mention adds later. */
export type MentionFrequency = (typeof FREQUENCIES)[number] | (string & {});
const frequency = openEnum(FREQUENCIES);

/** What the account may do (`permissions`); each flag may be absent or `null`. */
export interface MentionPermissions {
  /** The account may create alerts. */
  create_alert?: boolean | null | undefined;
  /** The account may read its team members. */
  read_teammembers?: boolean | null | undefined;
  /** The account may read pending team requests. */
  read_teamrequests?: boolean | null | undefined;
  /** The account may read its quota statistics. */
  read_quotastats?: boolean | null | undefined;
  /** Permissions Mention adds later are kept. */
  [key: string]: unknown;
}
const Permissions = entity(
  {},
  { create_alert: v.boolean(), read_teammembers: v.boolean(), read_teamrequests: v.boolean(), read_quotastats: v.boolean() },
);
export type _PermissionsCheck = Assert<SameShape<MentionPermissions, v.InferOutput<typeof Permissions>>>;

/** The emails the account subscribed to (`email_subscriptions`). */
export interface MentionEmailSubscriptions {
  /** An email is sent when the account's quota is exceeded. */
  quota_exceeded?: boolean | null | undefined;
  /** Subscriptions Mention adds later are kept. */
  [key: string]: unknown;
}
const EmailSubscriptions = entity({}, { quota_exceeded: v.boolean() });
export type _SubscriptionsCheck = Assert<SameShape<MentionEmailSubscriptions, v.InferOutput<typeof EmailSubscriptions>>>;

/** The phone SMS notifications go to, as returned. */
export interface MentionNotificationPhone {
  /** The phone number, e.g. `"+33123456789"` (the doc shows it unquoted, so a number may come too). */
  number?: string | number | null | undefined;
  /** Fields Mention adds later are kept. */
  [key: string]: unknown;
}
const NotificationPhone = entity({}, { number: v.union([v.string(), v.number()]) });
export type _PhoneCheck = Assert<SameShape<MentionNotificationPhone, v.InferOutput<typeof NotificationPhone>>>;

/** A Mention account as the API returns it: only `id` is promised; any other field may be `null` or absent. */
export interface MentionAccount {
  /** An unguessable id that identifies the account across the whole API. */
  id: string;
  /** Account (user) name, e.g. `"John Smith"`. */
  name?: string | null | undefined;
  /** Account email, 2 to 255 characters. */
  email?: string | null | undefined;
  /** Two-letter language code of the account, e.g. `"en"`. */
  language_code?: string | null | undefined;
  /** Account phone number, free text, e.g. `"(202) 358-0001"`. */
  phone?: string | null | undefined;
  /** Name of the client application that registered the user (set at creation, not updatable). */
  client?: string | null | undefined;
  /** The phone SMS notifications go to. */
  default_notification_phone?: MentionNotificationPhone | null | undefined;
  /** When the account was created, ISO 8601 (`"2016-01-18T14:49:37.0+00:00"`). */
  created_at?: string | null | undefined;
  /** When the account was last updated, ISO 8601. */
  updated_at?: string | null | undefined;
  /** Whether the account prefers all alerts' notifications grouped in a single email. */
  grouped_email_notification?: boolean | null | undefined;
  /** Default frequency of email notifications, e.g. `daily`. */
  default_email_notification_frequency?: MentionFrequency | null | undefined;
  /** Default frequency of desktop notifications, e.g. `hourly`. */
  default_desktop_notification_frequency?: MentionFrequency | null | undefined;
  /** Default frequency of push notifications, e.g. `hourly`. */
  default_push_notification_frequency?: MentionFrequency | null | undefined;
  /** Default frequency of trending-topic emails, e.g. `occasionally` or `never`. */
  default_trending_email_notification_frequency?: MentionFrequency | null | undefined;
  /** What the account may do. */
  permissions?: MentionPermissions | null | undefined;
  /** The emails the account subscribed to. */
  email_subscriptions?: MentionEmailSubscriptions | null | undefined;
  /** Fields Mention adds later are kept. */
  [key: string]: unknown;
}

const AccountObject = entity(
  { id: v.string() },
  {
    name: v.string(),
    email: v.string(),
    language_code: v.string(),
    phone: v.string(),
    client: v.string(),
    default_notification_phone: NotificationPhone,
    created_at: v.string(),
    updated_at: v.string(),
    grouped_email_notification: v.boolean(),
    default_email_notification_frequency: frequency,
    default_desktop_notification_frequency: frequency,
    default_push_notification_frequency: frequency,
    default_trending_email_notification_frequency: frequency,
    permissions: Permissions,
    email_subscriptions: EmailSubscriptions,
  },
);
export type _AccountCheck = Assert<SameShape<MentionAccount, v.InferOutput<typeof AccountObject>>>;

/** A link of `_links`. */
export interface MentionLink {
  /** The path, e.g. `/api/accounts/630929_…`. */
  href?: string | null | undefined;
  /** Fields Mention adds later are kept. */
  [key: string]: unknown;
}

/** The `_links` of an account response. */
export interface MentionLinks {
  /** The account's own GET path, `{ href: "/api/accounts/<id>" }`. */
  self?: MentionLink | null | undefined;
  /** Links Mention adds later are kept. */
  [key: string]: unknown;
}
const Links = entity({}, { self: entity({}, { href: v.string() }) });
export type _LinksCheck = Assert<SameShape<MentionLinks, v.InferOutput<typeof Links>>>;

/** `{ account, _links }`: what every account method resolves to. */
export interface MentionAccountResponse {
  /** The account, in full, as a GET returns it. */
  account: MentionAccount;
  /** Links to the account (`_links.self.href` is its GET path). */
  _links?: MentionLinks | null | undefined;
  /** Fields Mention adds later are kept. */
  [key: string]: unknown;
}

const ResponseObject = entity({ account: AccountObject }, { _links: Links });
export type _ResponseCheck = Assert<SameShape<MentionAccountResponse, v.InferOutput<typeof ResponseObject>>>;

/**
 * `{ account, _links }`: the envelope and `account.id` are checked; every other field may be `null`
 * or absent, unknown fields and new enum values are kept.
 */
export const AccountResponse: v.GenericSchema<unknown, MentionAccountResponse> = ResponseObject;
