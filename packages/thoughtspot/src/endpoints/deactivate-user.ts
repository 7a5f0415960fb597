import type { Assert, Same } from '@acct/core';
import { defineEndpoint, entity } from '@acct/core';
import * as v from 'valibot';
import { docs, identifier } from '../schemas/common';

/** `DeactivateUserRequest`: the user to deactivate and the cluster's base URL. */
export interface DeactivateUserRequest {
  /** Unique ID or name of the user. */
  user_identifier: string;
  /** Base URL of the ThoughtSpot cluster, used to build the activation link. */
  base_url: string;
}

/** `ResponseActivationURL`: the link that re-activates the account. */
export interface ThoughtSpotActivationLink {
  /** Activation link (valid 14 days) carrying the `auth_token` for `activateUser`; may be `null` or absent. */
  activation_link?: string | null;
}

const body = v.strictObject({
  user_identifier: identifier,
  base_url: v.pipe(v.string(), v.nonEmpty('Must not be empty')),
});
const link = entity({}, { activation_link: v.string() });
export type DeactivateUserRequestCheck = Assert<Same<DeactivateUserRequest, v.InferInput<typeof body>>>;
export type ActivationLinkCheck = Assert<Same<ThoughtSpotActivationLink, v.InferOutput<typeof link>>>;

/** Reads a `ResponseActivationURL`. */
export const ActivationLinkSchema: v.GenericSchema<unknown, ThoughtSpotActivationLink> = link;

/** `POST /api/rest/2.0/users/deactivate`: deactivates an account and returns its activation link (9.7.0.cl or later). */
export const deactivateUser = defineEndpoint({
  operation: 'deactivateUser',
  method: 'POST',
  path: '/api/rest/2.0/users/deactivate',
  body: body as v.GenericSchema<DeactivateUserRequest>,
  response: ActivationLinkSchema,
  idempotent: false,
  summary: 'Deactivates a user account.',
  docs: docs('users%2Fdeactivate-user'),
});
