import type { Assert, Same as SameShape } from '@acct/core';
import { openEnum } from '@acct/core';
import * as v from 'valibot';
import { AddressSchema, type ThirdwatchAddress } from './address';
import { eventBody, eventEntries, type ThirdwatchEventFields, type ThirdwatchUserId } from './event';
import { PaymentMethodSchema, PromotionSchema, type ThirdwatchPaymentMethod, type ThirdwatchPromotion } from './payment';

// The vendor documents these as strings with "e.g." lists: known values autocomplete, any other
// value of the vendor's form (a leading `_`) is sent, so `active` is still refused as a mistake.
const open = <const T extends readonly string[]>(values: T) => openEnum(values, { pattern: /^_/ });
const confirmation = open(['_success', '_failure', '_pending']);

/** Known `_gender` values ("e.g."; other `_`-prefixed strings are sent too). */
export type ThirdwatchGender = '_male' | '_female' | '_trans' | (string & {});
/** Known `_socialSignOnType` values ("e.g."; other `_`-prefixed strings are sent too). */
export type ThirdwatchSocialSignOn = '_google' | '_facebook' | '_twitter' | '_linkedin' | '_other' | (string & {});
/** Known verification statuses ("e.g."; other `_`-prefixed strings are sent too). */
export type ThirdwatchConfirmation = '_success' | '_failure' | '_pending' | (string & {});
/** Known `_accountStatus` values ("e.g."; other `_`-prefixed strings are sent too). */
export type ThirdwatchAccountStatus = '_active' | '_inactive' | (string & {});

/** The account details of `update_account` / `create_account` (the vendor's `UpdateAccount` model), besides the user id. */
export interface ThirdwatchAccountFields extends ThirdwatchEventFields {
  /** Email of the user; if the email is also their account ID, set both `_userId` and `_userEmail` to it. */
  _userEmail?: string | undefined;
  /** First name associated with the user. */
  _firstName?: string | undefined;
  /** Last name associated with the user. */
  _lastName?: string | undefined;
  /** Primary phone number of the user, as a string. */
  _phone?: string | undefined;
  /** Age of the user as a string, e.g. `"25"`. */
  _age?: string | undefined;
  /** Gender of the user, e.g. `_male`, `_female` or `_trans`. */
  _gender?: ThirdwatchGender | undefined;
  /** Code or promotion the user used while creating the account. */
  _referralCode?: string | undefined;
  /** ID of the user who referred this user to your business (needed to detect referral fraud). */
  _referrerUserId?: string | undefined;
  /** Billing address of the account. */
  _billingAddress?: ThirdwatchAddress | undefined;
  /** Shipping address of the account. */
  _shippingAddress?: ThirdwatchAddress | undefined;
  /** Payment information of the account: payment type, gateway, card bin, etc. */
  _paymentMethods?: ThirdwatchPaymentMethod[] | undefined;
  /** Promotions that apply to the account (also addable separately with the add_promotion event). */
  _promotions?: ThirdwatchPromotion[] | undefined;
  /** Social identity provider the user logged in with, e.g. `_google`, `_facebook`, `_twitter`, `_linkedin`, `_other`. */
  _socialSignOnType?: ThirdwatchSocialSignOn | undefined;
  /** Status of email verification, e.g. `_success`, `_failure`, `_pending`. */
  _emailConfirmedStatus?: ThirdwatchConfirmation | undefined;
  /** Status of phone verification, e.g. `_success`, `_failure`, `_pending`. */
  _phoneConfirmedStatus?: ThirdwatchConfirmation | undefined;
  /** Whether the user is subscribed to the newsletter. */
  _isNewsletterSubscribed?: boolean | undefined;
  /** Current status of the account, e.g. `_active`, `_inactive`. */
  _accountStatus?: ThirdwatchAccountStatus | undefined;
  /** Facebook user id or token of the user (helps verify their social identity). */
  _facebookId?: string | undefined;
  /** Google user id or token of the user (helps verify their social identity). */
  _googleId?: string | undefined;
  /** Twitter handle or token of the user (helps verify their social identity). */
  _twitterId?: string | undefined;
}

/** The body of `updateAccount` / `createAccount`: the account fields and a user id. */
export type ThirdwatchAccountRequest = ThirdwatchAccountFields & ThirdwatchUserId;

const AccountObject = v.strictObject({
  ...eventEntries,
  _userEmail: v.optional(v.string()),
  _firstName: v.optional(v.string()),
  _lastName: v.optional(v.string()),
  _phone: v.optional(v.string()),
  _age: v.optional(v.string()),
  _gender: v.optional(open(['_male', '_female', '_trans'])),
  _referralCode: v.optional(v.string()),
  _referrerUserId: v.optional(v.string()),
  _billingAddress: v.optional(AddressSchema),
  _shippingAddress: v.optional(AddressSchema),
  _paymentMethods: v.optional(v.array(PaymentMethodSchema)),
  _promotions: v.optional(v.array(PromotionSchema)),
  _socialSignOnType: v.optional(open(['_google', '_facebook', '_twitter', '_linkedin', '_other'])),
  _emailConfirmedStatus: v.optional(confirmation),
  _phoneConfirmedStatus: v.optional(confirmation),
  _isNewsletterSubscribed: v.optional(v.boolean()),
  _accountStatus: v.optional(open(['_active', '_inactive'])),
  _facebookId: v.optional(v.string()),
  _googleId: v.optional(v.string()),
  _twitterId: v.optional(v.string()),
});
export type _AccountCheck = Assert<SameShape<ThirdwatchAccountFields, v.InferInput<typeof AccountObject>>>;

/** Schema of `ThirdwatchAccountRequest`: unknown fields (typos) refused, `_userID` sent as `_userId`. */
export const AccountSchema: v.GenericSchema<ThirdwatchAccountRequest, unknown> = eventBody(AccountObject.entries) as never;

/** The `_loginStatus` values the vendor lists ("e.g."; other `_`-prefixed strings are sent too). */
export type ThirdwatchLoginStatus = '_success' | '_failure' | (string & {});

/** A login attempt and whether it succeeded (the vendor's `Login` model), besides the user id. */
export interface ThirdwatchLoginFields extends ThirdwatchEventFields {
  /** Success or failure of the login attempt, e.g. `_success`, `_failure`. */
  _loginStatus?: ThirdwatchLoginStatus | undefined;
}

/** The body of `login`. */
export type ThirdwatchLoginRequest = ThirdwatchLoginFields & ThirdwatchUserId;

const LoginObject = v.strictObject({ ...eventEntries, _loginStatus: v.optional(open(['_success', '_failure'])) });
export type _LoginCheck = Assert<SameShape<ThirdwatchLoginFields, v.InferInput<typeof LoginObject>>>;

/** Schema of `ThirdwatchLoginRequest`. */
export const LoginSchema: v.GenericSchema<ThirdwatchLoginRequest, unknown> = eventBody(LoginObject.entries) as never;
