import { activateUser } from './endpoints/activate-user';
import { changeUserPassword } from './endpoints/change-user-password';
import { createUser } from './endpoints/create-user';
import { deactivateUser } from './endpoints/deactivate-user';
import { deleteUser } from './endpoints/delete-user';
import { forceLogoutUsers } from './endpoints/force-logout-users';
import { importUsers } from './endpoints/import-users';
import { resetUserPassword } from './endpoints/reset-user-password';
import { searchUsers } from './endpoints/search-users';
import { updateUser } from './endpoints/update-user';

// Each operation: its declaration, and the one-line JSDoc its client method shows. The docs sit on
// an interface because the .d.ts bundler drops comments inside an inferred object type; the
// compiler keeps the interface and the object below in step (a missing or extra key fails).
/** The declarations of the Users API operations, by the vendor's operation name. */
export interface ThoughtSpotEndpoints {
  /** `users/activate`: activates a deactivated account with the one-time `auth_token` of its link; never sent twice. Since 9.7.0.cl. */
  activateUser: typeof activateUser;
  /** `users/change-password`: changes the user's password given the current one; 204; never sent twice. Since 9.0.0.cl. */
  changeUserPassword: typeof changeUserPassword;
  /** `users/create`: creates a user in ThoughtSpot, with groups, Orgs, favorites and preferences. Since 9.0.0.cl. */
  createUser: typeof createUser;
  /** `users/deactivate`: deactivates a user account; returns the activation link (valid 14 days). Since 9.7.0.cl. */
  deactivateUser: typeof deactivateUser;
  /** `users/{user_identifier}/delete`: deletes a user (GUID or name); 204; a retry that finds it gone resolves. Since 9.0.0.cl. */
  deleteUser: typeof deleteUser;
  /** `users/force-logout`: ends the listed users' sessions; 204 (everyone only with `{ allUsers: true }`). Since 9.0.0.cl. */
  forceLogoutUsers: typeof forceLogoutUsers;
  /** `users/import`: creates, updates and optionally deletes users in bulk; `dry_run` previews. Since 9.0.0.cl. */
  importUsers: typeof importUsers;
  /** `users/reset-password`: an administrator sets a user's password; 204; never sent twice. Since 9.0.0.cl. */
  resetUserPassword: typeof resetUserPassword;
  /** `users/search`: one page of the users matching the filters (`record_size: -1` for all); any user may call it. Since 9.0.0.cl. */
  searchUsers: typeof searchUsers;
  /** `users/{user_identifier}/update`: changes a user's properties (groups and Orgs per `operation`); 204. Since 9.0.0.cl. */
  updateUser: typeof updateUser;
}

/** `ThoughtSpotEndpoints` as a plain object type (what core's `Methods` and `bindMethods` take; docs kept). */
export type EndpointMap = Pick<ThoughtSpotEndpoints, keyof ThoughtSpotEndpoints>;

/** The endpoint declarations behind each method, keyed by the vendor's operation name (for tools and tests). */
export const endpoints: ThoughtSpotEndpoints = {
  activateUser,
  changeUserPassword,
  createUser,
  deactivateUser,
  deleteUser,
  forceLogoutUsers,
  importUsers,
  resetUserPassword,
  searchUsers,
  updateUser,
};
