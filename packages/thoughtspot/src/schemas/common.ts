import * as v from 'valibot';

/** The REST v2 reference page of an operation (the vendor's API playground). */
export const docs = (page: string): string =>
  `https://developers.thoughtspot.com/docs/restV2-playground?apiResourceId=http%2Fapi-endpoints%2F${page}`;

/** A GUID or name: a non-empty string. */
export const identifier = v.pipe(v.string(), v.nonEmpty('Must not be empty'));

/** GUIDs or names. */
export const identifiers = v.array(identifier);

/** `account_type` values the vendor documents. */
export const ACCOUNT_TYPES = ['LOCAL_USER', 'LDAP_USER', 'SAML_USER', 'OIDC_USER', 'REMOTE_USER'] as const;
/** `account_status` values; `SUSPENDED` applies to IAMv2 users only. */
export const ACCOUNT_STATUSES = ['ACTIVE', 'INACTIVE', 'EXPIRED', 'LOCKED', 'PENDING', 'SUSPENDED'] as const;
/** `visibility`: whether other users can share objects with the user. */
export const VISIBILITIES = ['SHARABLE', 'NON_SHARABLE'] as const;
/** `preferred_locale` values. */
export const LOCALES = [
  ...['en-CA', 'en-GB', 'en-US', 'de-DE', 'ja-JP', 'zh-CN', 'pt-BR', 'fr-FR', 'fr-CA', 'es-US', 'da-DK', 'es-ES', 'fi-FI', 'sv-SE'],
  ...['nb-NO', 'pt-PT', 'nl-NL', 'it-IT', 'ru-RU', 'en-IN', 'de-CH', 'en-NZ', 'es-MX', 'en-AU', 'zh-Hant', 'ko-KR', 'en-DE'],
] as const;

/** `FavoriteMetadataInput`: an object to add to the user's favorites (`type` is needed when `identifier` is a name). */
export const favoriteMetadataInput = v.strictObject({
  identifier: v.nullish(v.string()),
  type: v.nullish(v.picklist(['LIVEBOARD', 'ANSWER'])),
});

/** Free-form user properties or preferences (`extended_properties`, `extended_preferences`). */
export const extended = v.record(v.string(), v.unknown());

/**
 * Profile fields that `createUser`, `updateUser` and `importUsers` share (the vendor's models,
 * `nullish` where the model allows `null`).
 */
export const profileEntries = {
  display_name: v.optional(v.string()),
  email: v.optional(v.string()),
  account_type: v.optional(v.picklist(ACCOUNT_TYPES)),
  account_status: v.optional(v.picklist(ACCOUNT_STATUSES)),
  org_identifiers: v.optional(identifiers),
  group_identifiers: v.optional(identifiers),
  visibility: v.optional(v.picklist(VISIBILITIES)),
  notify_on_share: v.nullish(v.boolean()),
  show_onboarding_experience: v.nullish(v.boolean()),
  onboarding_experience_completed: v.nullish(v.boolean()),
  home_liveboard_identifier: v.optional(v.string()),
  favorite_metadata: v.optional(v.array(favoriteMetadataInput)),
  preferred_locale: v.optional(v.picklist(LOCALES)),
  use_browser_language: v.nullish(v.boolean()),
};
