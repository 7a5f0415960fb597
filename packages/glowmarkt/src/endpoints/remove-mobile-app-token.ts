import type { Assert, Same } from '@acct/core';
import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { USER_SCHEME } from '../auth';
import { DOCS } from '../docs';
import { IsValidRes } from '../schemas/valid';

/** Body of `removeMobileAppToken` (the spec's `RemoveMobileTokenToAccountReq`). */
export interface GlowmarktRemoveMobileTokenRequest {
  /** The mobile app's push token to remove from the account, e.g. `ExampleToKEN`. */
  removeToken: string;
}

const body = v.strictObject({ removeToken: v.string() });

/** `PUT /account/{accountId}/mobileapptoken`: removes a mobile app token from a user. */
export const removeMobileAppToken = defineEndpoint({
  operation: 'removeMobileAppToken',
  method: 'PUT',
  path: '/account/{accountId}/mobileapptoken',
  body: body as v.GenericSchema<GlowmarktRemoveMobileTokenRequest>,
  response: IsValidRes,
  call: (accountId: string, body: GlowmarktRemoveMobileTokenRequest) => ({ params: { accountId }, body }),
  auth: USER_SCHEME,
  // Removing a token that is already removed leaves the same state: safe to repeat.
  idempotent: true,
  summary: 'Remove a mobile app token to a user.',
  docs: `${DOCS}/Account/put_account__accountId__mobileapptoken`,
});

/** Compile-time proof that the named body type and its schema agree. */
export type RemoveMobileTokenTypesMatch = Assert<Same<GlowmarktRemoveMobileTokenRequest, v.InferInput<typeof body>>>;
