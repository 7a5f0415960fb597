import type { Assert, Same as SameShape } from '@acct/core';
import * as v from 'valibot';

/** A billing or shipping address (`BillingAddress` / `ShippingAddress` in the vendor models). */
export interface ThirdwatchAddress {
  /** Full name associated with the address (first and last name concatenated). */
  _name?: string | undefined;
  /** Phone number for this address, starting with the country code (E.164 or national format). */
  _phone?: string | undefined;
  /** Address first line, e.g. `"C802 Nirvana Courtyard"`. */
  _address1?: string | undefined;
  /** Address second line, e.g. `"Nirvana Country, Sector 50"`. */
  _address2?: string | undefined;
  /** City or town name, e.g. `"Gurgaon"`. */
  _city?: string | undefined;
  /** Region portion of the address (in India, the state). */
  _region?: string | undefined;
  /** ISO-3166 alpha-2 country code, e.g. `"IN"`. */
  _country?: string | undefined;
  /** Postal code, e.g. `"122002"`. */
  _zipcode?: string | undefined;
  /** The user chose this address as their office address. */
  _isOfficeAddress?: boolean | undefined;
  /** The user chose this address as their home address. */
  _isHomeAddress?: boolean | undefined;
}

const AddressObject = v.strictObject({
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
export type _AddressCheck = Assert<SameShape<ThirdwatchAddress, v.InferInput<typeof AddressObject>>>;

/** Schema of `ThirdwatchAddress`: unknown fields (typos) refused. */
export const AddressSchema: v.GenericSchema<ThirdwatchAddress> = AddressObject;
