export type { ApiPromise, ApiResponse, CallOptions, JsonValue, Logger, TokenStore } from '@acct/core';
export * from '@acct/core/errors';
export type { LoginOptions, ThoughtSpotAuth } from './auth';
export { createThoughtSpotClient, type SearchAllOptions, type ThoughtSpotClient, type ThoughtSpotClientOptions } from './client';
export type { ActivateUserRequest } from './endpoints/activate-user';
export type { ChangeUserPasswordRequest } from './endpoints/change-user-password';
export type { CreateUserRequest } from './endpoints/create-user';
export type { DeactivateUserRequest, ThoughtSpotActivationLink } from './endpoints/deactivate-user';
export { userNotFound } from './endpoints/delete-user';
export type { ForceLogoutUsersRequest } from './endpoints/force-logout-users';
export { type GetFullAccessTokenRequest, getFullAccessToken, type ThoughtSpotToken } from './endpoints/get-full-access-token';
export type { ImportUser, ImportUsersRequest, ThoughtSpotImportedUser, ThoughtSpotImportResult } from './endpoints/import-users';
export type { ResetUserPasswordRequest } from './endpoints/reset-user-password';
export { revokeToken } from './endpoints/revoke-token';
export type { SearchUsersFilter, SearchUsersRequest, SearchUsersSortOptions } from './endpoints/search-users';
export type { UpdateUserRequest } from './endpoints/update-user';
export { errorDetails, errorMessage } from './errors';
export { endpoints, type ThoughtSpotEndpoints } from './operations';
export type { AccountStatus, AccountType, FavoriteMetadataInput, Locale, Visibility } from './schemas/common';
export { PRIVILEGES, type Privilege } from './schemas/privileges';
export type { UserProfileFields } from './schemas/profile';
export type { ThoughtSpotFavorite, ThoughtSpotObjectRef, ThoughtSpotOrg } from './schemas/refs';
export type { ThoughtSpotUser } from './schemas/user';
export type {
  RuntimeFilterOperator,
  ThoughtSpotRuntimeFilter,
  ThoughtSpotRuntimeParameter,
  ThoughtSpotRuntimeSort,
  ThoughtSpotUserObject,
  ThoughtSpotUserParameters,
} from './schemas/user-parameters';
