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

// One line per operation: its declaration, and the one-line JSDoc the client method shows (a
// property's comment is what TypeScript carries into the method and the .d.ts).
/** The endpoint declarations behind each method, keyed by the vendor's operation name (for tools and tests). */
export const endpoints = {
  /** `users/activate`: activates a deactivated account with the one-time `auth_token` of its link; never sent twice. Since 9.7.0.cl. */
  activateUser,
  /** `users/change-password`: changes the user's password given the current one; 204; never sent twice. Since 9.0.0.cl. */
  changeUserPassword,
  /** `users/create`: creates a user in ThoughtSpot, with groups, Orgs, favorites and preferences. Since 9.0.0.cl. */
  createUser,
  /** `users/deactivate`: deactivates a user account; returns the activation link (valid 14 days). Since 9.7.0.cl. */
  deactivateUser,
  /** `users/{user_identifier}/delete`: deletes a user (GUID or name); 204; a retry that finds it gone resolves. Since 9.0.0.cl. */
  deleteUser,
  /** `users/force-logout`: ends the listed users' sessions; 204 (everyone only with `{ allUsers: true }`). Since 9.0.0.cl. */
  forceLogoutUsers,
  /** `users/import`: creates, updates and optionally deletes users in bulk; `dry_run` previews. Since 9.0.0.cl. */
  importUsers,
  /** `users/reset-password`: an administrator sets a user's password; 204; never sent twice. Since 9.0.0.cl. */
  resetUserPassword,
  /** `users/search`: one page of the users matching the filters (`record_size: -1` for all); any user may call it. Since 9.0.0.cl. */
  searchUsers,
  /** `users/{user_identifier}/update`: changes a user's properties (groups and Orgs per `operation`); 204. Since 9.0.0.cl. */
  updateUser,
};
