import type { Assert, Same as SameShape } from '@acct/core';
import { openEnum } from '@acct/core';
import * as v from 'valibot';

/** Payment types the vendor lists ("values like"); any other string is sent too. */
export const PAYMENT_TYPES = [
  '_cash',
  '_check',
  '_creditCard',
  '_debitCard',
  '_netBanking',
  '_wallet',
  '_cryptoCurrency',
  '_electronicFundTransfer',
  '_financing',
  '_giftCard',
  '_interac',
  '_invoice',
  '_moneyOrder',
  '_masterPass',
  '_points',
  '_storeCredit',
  '_thirdPartyProcessor',
  '_voucher',
] as const;

/** A payment method on the account (`PaymentMethod` in the vendor models). */
export interface ThirdwatchPaymentMethod {
  /** Payment type, e.g. `_cash`, `_creditCard`, `_wallet` (the vendor's list is open: any string is sent). */
  _paymentType?: (typeof PAYMENT_TYPES)[number] | (string & {}) | undefined;
  /** Amount in numbers, in the base unit of the currency, e.g. `"2500"`. */
  _amount?: string | undefined;
  /** ISO-4217 currency code of the amount, e.g. `USD`, `INR` (or an alternative currency such as points). */
  _currencyCode?: string | undefined;
  /** Bank, gateway or wallet name, e.g. `payu`, `paypal`, `icici`, `paytm`. */
  _paymentGateway?: string | undefined;
  /** Account name of the user for that payment method. */
  _accountName?: string | undefined;
  /** First six digits of the card number (issuer, geography and card details). */
  _cardBin?: string | undefined;
  /** Response code of the AVS address verification system (card payments). */
  _avsResponseCode?: string | undefined;
  /** Card company's response saying whether the CVV entered matches the one on record. */
  _cvvResponseCode?: string | undefined;
  /** Last four digits of the card number. */
  _cardLast4?: string | undefined;
  /** Expiry month of the card. */
  _cardExpiryMonth?: string | undefined;
  /** Expiry year of the card. */
  _cardExpiryYear?: string | undefined;
}

const PaymentObject = v.strictObject({
  _paymentType: v.optional(openEnum(PAYMENT_TYPES)),
  _amount: v.optional(v.string()),
  _currencyCode: v.optional(v.string()),
  _paymentGateway: v.optional(v.string()),
  _accountName: v.optional(v.string()),
  _cardBin: v.optional(v.string()),
  _avsResponseCode: v.optional(v.string()),
  _cvvResponseCode: v.optional(v.string()),
  _cardLast4: v.optional(v.string()),
  _cardExpiryMonth: v.optional(v.string()),
  _cardExpiryYear: v.optional(v.string()),
});
export type _PaymentCheck = Assert<SameShape<ThirdwatchPaymentMethod, v.InferInput<typeof PaymentObject>>>;

/** Schema of `ThirdwatchPaymentMethod`: unknown fields (typos) refused. */
export const PaymentMethodSchema: v.GenericSchema<ThirdwatchPaymentMethod> = PaymentObject;

/** A promotion applied to the account (`Promotion` in the vendor models). */
export interface ThirdwatchPromotion {
  /** ID or coupon code of the promotion in your system, ideally unique across users (e.g. `"Welcome"`). */
  _promotionId?: string | undefined;
  /** Status of adding the promotion, e.g. `_success`, `_Failed` (open list: any string is sent). */
  _status?: '_success' | '_Failed' | (string & {}) | undefined;
  /** Description of the promotion. */
  _description?: string | undefined;
  /** Amount or credits the promotion is worth. */
  _amount?: string | undefined;
  /** Minimum amount someone must spend for the promotion to apply. */
  _minPurchaseAmount?: string | undefined;
  /** Unique user ID of the user who referred this user to the promotion. */
  _referrerUserId?: string | undefined;
  /** Why adding the promotion failed, e.g. `_alreadyUsed`, `_invalidCode`, `_notApplicable`, `_expired`. */
  _failureReason?: '_alreadyUsed' | '_invalidCode' | '_notApplicable' | '_expired' | (string & {}) | undefined;
  /** Percentage discount: `"10"` for 10% off. */
  _percentageOff?: string | undefined;
  /** ISO-4217 currency code of the amount, e.g. `USD`, `INR`. */
  _currencyCode?: string | undefined;
  /** Type of the promotion, e.g. `First Time`, `Refer`, `Diwali`. */
  _type?: string | undefined;
}

const PromotionObject = v.strictObject({
  _promotionId: v.optional(v.string()),
  _status: v.optional(openEnum(['_success', '_Failed'])),
  _description: v.optional(v.string()),
  _amount: v.optional(v.string()),
  _minPurchaseAmount: v.optional(v.string()),
  _referrerUserId: v.optional(v.string()),
  _failureReason: v.optional(openEnum(['_alreadyUsed', '_invalidCode', '_notApplicable', '_expired'])),
  _percentageOff: v.optional(v.string()),
  _currencyCode: v.optional(v.string()),
  _type: v.optional(v.string()),
});
export type _PromotionCheck = Assert<SameShape<ThirdwatchPromotion, v.InferInput<typeof PromotionObject>>>;

/** Schema of `ThirdwatchPromotion`: unknown fields (typos) refused. */
export const PromotionSchema: v.GenericSchema<ThirdwatchPromotion> = PromotionObject;
