import { openEnum } from '@acct/core';

/** Privileges the vendor lists today (`SearchUsersRequest.privileges`); it adds new ones with most releases. */
export const PRIVILEGES = [
  ...['ADMINISTRATION', 'AUTHORING', 'USERDATAUPLOADING', 'DATADOWNLOADING', 'USERMANAGEMENT', 'DATAMANAGEMENT', 'SHAREWITHALL'],
  ...['JOBSCHEDULING', 'A3ANALYSIS', 'EXPERIMENTALFEATUREPRIVILEGE', 'BYPASSRLS', 'RANALYSIS', 'DEVELOPER', 'USER_ADMINISTRATION'],
  ...['GROUP_ADMINISTRATION', 'SYNCMANAGEMENT', 'CAN_CREATE_CATALOG', 'DISABLE_PINBOARD_CREATION', 'LIVEBOARD_VERIFIER'],
  ...['PREVIEW_THOUGHTSPOT_SAGE', 'APPLICATION_ADMINISTRATION', 'SYSTEM_INFO_ADMINISTRATION', 'ORG_ADMINISTRATION'],
  ...['ROLE_ADMINISTRATION', 'AUTHENTICATION_ADMINISTRATION', 'BILLING_INFO_ADMINISTRATION', 'CAN_MANAGE_CUSTOM_CALENDAR'],
  ...['CAN_CREATE_OR_EDIT_CONNECTIONS', 'CAN_MANAGE_WORKSHEET_VIEWS_TABLES', 'CAN_MANAGE_VERSION_CONTROL', 'THIRDPARTY_ANALYSIS'],
  ...['ALLOW_NON_EMBED_FULL_APP_ACCESS', 'CAN_ACCESS_ANALYST_STUDIO', 'CAN_MANAGE_ANALYST_STUDIO', 'PREVIEW_DOCUMENT_SEARCH'],
  ...['CAN_MODIFY_FOLDERS', 'CAN_MANAGE_VARIABLES', 'CAN_VIEW_FOLDERS', 'CAN_SETUP_VERSION_CONTROL', 'CAN_MANAGE_WEBHOOKS'],
  ...['CAN_DOWNLOAD_VISUALS', 'CAN_DOWNLOAD_DETAILED_DATA', 'CAN_USE_SPOTTER'],
] as const;

/** A ThoughtSpot privilege: the listed ones autocomplete; newer ones (`CAN_MANAGE_AGENTS`) are accepted. */
export type Privilege = (typeof PRIVILEGES)[number] | (string & {});

/** A privilege in a request: a listed one, or a newer one of the same form (upper case, digits, `_`). */
export const privilege = openEnum(PRIVILEGES, { pattern: /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/ });

/** A privilege in a response: any string, so a privilege added after this release passes through. */
export const privilegeOut = openEnum(PRIVILEGES);
