import type { Assert, Same } from '@acct/core';
import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { USER_SCHEME } from '../auth';
import { DOCS } from '../docs';
import { IsValidRes } from '../schemas/valid';

/** Body of `addMobileAppToken` (the spec's `AddMobileTokenToAccountReq`). */
export interface GlowmarktAddMobileTokenRequest {
  /** The mobile app's push token to add to the account, e.g. `ExampleToKEN`. */
  newToken: string;
}

const body = v.strictObject({ newToken: v.string() });

/** `POST /account/{accountId}/mobileapptoken`: adds a mobile app token so the user receives push notifications. */
export const addMobileAppToken = defineEndpoint({
  operation: 'addMobileAppToken',
  method: 'POST',
  path: '/account/{accountId}/mobileapptoken',
  body: body as v.GenericSchema<GlowmarktAddMobileTokenRequest>,
  response: IsValidRes,
  call: (accountId: string, body: GlowmarktAddMobileTokenRequest) => ({ params: { accountId }, body }),
  auth: USER_SCHEME,
  idempotent: false,
  summary: 'Add mobile app token to a user.',
  docs: `${DOCS}/Account/post_account__accountId__mobileapptoken`,
});

/** Compile-time proof that the named body type and its schema agree. */
export type AddMobileTokenTypesMatch = Assert<Same<GlowmarktAddMobileTokenRequest, v.InferInput<typeof body>>>;
