import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { docs, identifiers } from '../schemas/common';

const PATH = '/api/rest/2.0/users/force-logout';
const SUMMARY = 'Enforces logout on current user sessions.';

// The doc: "If you pass null values in the API call, all user sessions on your cluster become
// invalid". So an empty or missing list is refused unless the caller opts in with `allUsers: true`.
const ONE_OR_MORE =
  'List at least one user: without user_identifiers ThoughtSpot logs out every user on the cluster ' +
  '(to do that, pass { allUsers: true } as the second argument)';

/** `ForceLogoutUsersRequest` for the listed users (logging out everyone takes `{}` and `{ allUsers: true }`). */
export interface ForceLogoutUsersRequest {
  /** GUIDs or names of the users whose sessions end; at least one (ThoughtSpot logs out everyone when it is missing). */
  user_identifiers: string[];
}

/** `POST /api/rest/2.0/users/force-logout` for the listed users; 204. */
export const forceLogoutUsers = defineEndpoint({
  operation: 'forceLogoutUsers',
  method: 'POST',
  path: PATH,
  body: v.strictObject({
    user_identifiers: v.pipe(
      // The `null` default makes valibot run the check when the key is missing too.
      v.nullish(identifiers, null),
      v.check((list) => !!list && list.length > 0, ONE_OR_MORE),
    ),
  }) as v.GenericSchema<ForceLogoutUsersRequest, { user_identifiers: string[] | null }>,
  success: [204],
  idempotent: true,
  summary: SUMMARY,
  docs: docs('users%2Fforce-logout-users'),
});

/** The same operation for every user on the cluster: sends `{"user_identifiers": null}`; used only with `{ allUsers: true }`. */
export const forceLogoutAllUsers = defineEndpoint({
  operation: 'forceLogoutUsers',
  method: 'POST',
  path: PATH,
  body: v.pipe(
    v.strictObject({}, 'With { allUsers: true } leave user_identifiers out: every user on the cluster is logged out'),
    v.transform(() => ({ user_identifiers: null })),
  ),
  success: [204],
  idempotent: true,
  summary: SUMMARY,
  docs: docs('users%2Fforce-logout-users'),
});
