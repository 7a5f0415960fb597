import * as v from 'valibot';
import { confirmation, eventBody, eventEntries } from './event';

const address = v.strictObject({
  _name: v.optional(v.string()),
  _phone: v.optional(v.string()),
  _address1: v.optional(v.string()),
  _address2: v.optional(v.string()),
  _city: v.optional(v.string()),
  _region: v.optional(v.string()),
  _country: v.optional(v.string()),
  _zipcode: v.optional(v.string()),
  _isOfficeAddress: v.optional(v.boolean()),
  _isHomeAddress: v.optional(v.boolean()),
});

const paymentMethod = v.strictObject({
  // "Values like _cash, _creditCard, …": an open list, so any string is sent.
  _paymentType: v.optional(v.string()),
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

const promotion = v.strictObject({
  _promotionId: v.optional(v.string()),
  _status: v.optional(v.string()),
  _description: v.optional(v.string()),
  _amount: v.optional(v.string()),
  _minPurchaseAmount: v.optional(v.string()),
  _referrerUserId: v.optional(v.string()),
  _failureReason: v.optional(v.string()),
  _percentageOff: v.optional(v.string()),
  _currencyCode: v.optional(v.string()),
  _type: v.optional(v.string()),
});

/** `UpdateAccount` / `CreateAccount`: the user's account details (all strings unless noted, as Thirdwatch documents). */
export const Account = eventBody({
  ...eventEntries,
  _userEmail: v.optional(v.string()),
  _firstName: v.optional(v.string()),
  _lastName: v.optional(v.string()),
  _phone: v.optional(v.string()),
  _age: v.optional(v.string()),
  _gender: v.optional(v.picklist(['_male', '_female', '_trans'])),
  _referralCode: v.optional(v.string()),
  _referrerUserId: v.optional(v.string()),
  _billingAddress: v.optional(address),
  _shippingAddress: v.optional(address),
  _paymentMethods: v.optional(v.array(paymentMethod)),
  _promotions: v.optional(v.array(promotion)),
  _socialSignOnType: v.optional(v.picklist(['_google', '_facebook', '_twitter', '_linkedin', '_other'])),
  _emailConfirmedStatus: v.optional(confirmation),
  _phoneConfirmedStatus: v.optional(confirmation),
  _isNewsletterSubscribed: v.optional(v.boolean()),
  _accountStatus: v.optional(v.picklist(['_active', '_inactive'])),
  _facebookId: v.optional(v.string()),
  _googleId: v.optional(v.string()),
  _twitterId: v.optional(v.string()),
});
