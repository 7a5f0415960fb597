import type { Assert, Same } from '@acct/core';
import { openEnum } from '@acct/core';
import * as v from 'valibot';

/** The REST v2 reference page of an operation (the vendor's API playground). */
export const docs = (page: string): string =>
  `https://developers.thoughtspot.com/docs/restV2-playground?apiResourceId=http%2Fapi-endpoints%2F${page}`;

/** A GUID or name: a non-empty string. */
export const identifier = v.pipe(v.string(), v.nonEmpty('Must not be empty'));

/** GUIDs or names. */
export const identifiers = v.array(identifier);

/** `account_type` values the vendor documents (a closed set: users type them by hand). */
export const ACCOUNT_TYPES = ['LOCAL_USER', 'LDAP_USER', 'SAML_USER', 'OIDC_USER', 'REMOTE_USER'] as const;
/** `account_status` values; `SUSPENDED` applies to IAMv2 users only. */
export const ACCOUNT_STATUSES = ['ACTIVE', 'INACTIVE', 'EXPIRED', 'LOCKED', 'PENDING', 'SUSPENDED'] as const;
/** `visibility`: `SHARABLE` lets other users and groups share objects with the user; `NON_SHARABLE` hides them. */
export const VISIBILITIES = ['SHARABLE', 'NON_SHARABLE'] as const;
/** `preferred_locale` values the vendor lists today; it adds locales with new releases. */
export const LOCALES = [
  ...['en-CA', 'en-GB', 'en-US', 'de-DE', 'ja-JP', 'zh-CN', 'pt-BR', 'fr-FR', 'fr-CA', 'es-US', 'da-DK', 'es-ES', 'fi-FI', 'sv-SE'],
  ...['nb-NO', 'pt-PT', 'nl-NL', 'it-IT', 'ru-RU', 'en-IN', 'de-CH', 'en-NZ', 'es-MX', 'en-AU', 'zh-Hant', 'ko-KR', 'en-DE'],
] as const;

/** How a user's account is authenticated (`LOCAL_USER`, `SAML_USER`, …). */
export type AccountType = (typeof ACCOUNT_TYPES)[number];
/** A user account's status (`ACTIVE`, `INACTIVE`, …; `SUSPENDED` for IAMv2 users only). */
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
/** `SHARABLE` or `NON_SHARABLE`. */
export type Visibility = (typeof VISIBILITIES)[number];
/** A locale such as `en-GB` or `zh-Hant`: the listed ones autocomplete, newer ones (`pl-PL`) are accepted. */
export type Locale = (typeof LOCALES)[number] | (string & {});

/**
 * `preferred_locale`: any listed locale, or a newer one of the same BCP 47 form: a 2–3 letter
 * language and at least one subtag (`pl-PL`, `zh-Hant`). `en`, `english` or `en_GB` are refused.
 */
export const locale = openEnum(LOCALES, { pattern: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})+$/ });

/** `FavoriteMetadataInput`: an object to add to the user's favorites. */
export interface FavoriteMetadataInput {
  /** Unique ID or name of the metadata object. */
  identifier?: string | null;
  /** Type of the object, `LIVEBOARD` or `ANSWER`; required when `identifier` is a name, optional with a GUID. */
  type?: 'LIVEBOARD' | 'ANSWER' | null;
}

const favoriteEntries = v.strictObject({
  identifier: v.nullish(v.string()),
  type: v.nullish(v.picklist(['LIVEBOARD', 'ANSWER'])),
});
/** Checks a `FavoriteMetadataInput` (unknown fields refused). */
export const favoriteMetadataInput: v.GenericSchema<FavoriteMetadataInput> = favoriteEntries;
export type FavoriteMetadataInputCheck = Assert<Same<FavoriteMetadataInput, v.InferInput<typeof favoriteEntries>>>;
