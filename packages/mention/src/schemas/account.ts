import { openEnum } from '@acct/core';
import * as v from 'valibot';

/** Where Mention documents its account endpoints. */
export const DOCS = 'https://dev.mention.com/current/src/account';

// Values seen in the doc; Mention may add others, which pass through as strings.
const frequency = openEnum(['never', 'occasionally', 'hourly', 'daily']);

/** An account as Mention returns it; fields the doc does not show pass through untyped. */
export const Account = v.looseObject({
  /** An unguessable id that identifies the account across the whole API. */
  id: v.string(),
  name: v.string(),
  email: v.string(),
  language_code: v.optional(v.string()),
  phone: v.nullish(v.string()),
  client: v.nullish(v.string()),
  default_notification_phone: v.nullish(v.looseObject({ number: v.optional(v.string()) })),
  created_at: v.optional(v.string()),
  updated_at: v.optional(v.string()),
  /** Whether all alerts' notifications are grouped in a single email. */
  grouped_email_notification: v.optional(v.boolean()),
  default_email_notification_frequency: v.optional(frequency),
  default_desktop_notification_frequency: v.optional(frequency),
  default_push_notification_frequency: v.optional(frequency),
  default_trending_email_notification_frequency: v.optional(frequency),
  permissions: v.optional(
    v.looseObject({
      create_alert: v.optional(v.boolean()),
      read_teammembers: v.optional(v.boolean()),
      read_teamrequests: v.optional(v.boolean()),
      read_quotastats: v.optional(v.boolean()),
    }),
  ),
  email_subscriptions: v.optional(v.looseObject({ quota_exceeded: v.optional(v.boolean()) })),
});

/** `{ account, _links }`: what every account endpoint returns; `_links.self.href` is the account's GET path. */
export const AccountResponse = v.looseObject({
  account: Account,
  _links: v.looseObject({ self: v.looseObject({ href: v.string() }) }),
});
