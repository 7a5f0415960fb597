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

/** The endpoint declarations behind each method, keyed by the vendor's operation name (for tools and tests). */
export const endpoints = {
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
