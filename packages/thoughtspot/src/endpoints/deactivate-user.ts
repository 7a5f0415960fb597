import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { docs, identifier } from '../schemas/common';

/** `ResponseActivationURL`: the link (valid 14 days) that re-activates the account. */
export const ActivationLink = v.looseObject({ activation_link: v.nullish(v.string()) });

/** `POST /api/rest/2.0/users/deactivate`: deactivates an account and returns its activation link (9.7.0.cl or later). */
export const deactivateUser = defineEndpoint({
  operation: 'deactivateUser',
  method: 'POST',
  path: '/api/rest/2.0/users/deactivate',
  body: v.strictObject({
    user_identifier: identifier,
    /** Base URL of the ThoughtSpot instance, used to build the activation link. */
    base_url: v.pipe(v.string(), v.nonEmpty('Must not be empty')),
  }),
  response: ActivationLink,
  idempotent: false,
  summary: 'Deactivates a user account.',
  docs: docs('users%2Fdeactivate-user'),
});
