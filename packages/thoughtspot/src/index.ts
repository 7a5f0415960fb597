export type { ApiPromise, ApiResponse, CallOptions, Logger } from '@acct/core';
export * from '@acct/core/errors';
export type { LoginOptions, ThoughtSpotAuth } from './auth';
export {
  type ActivateUserRequest,
  type ChangeUserPasswordRequest,
  type CreateUserRequest,
  createThoughtSpotClient,
  type DeactivateUserRequest,
  type ImportUsersRequest,
  type ResetUserPasswordRequest,
  type SearchAllOptions,
  type SearchUsersFilter,
  type SearchUsersRequest,
  type ThoughtSpotActivationLink,
  type ThoughtSpotClient,
  type ThoughtSpotClientOptions,
  type ThoughtSpotImportResult,
  type ThoughtSpotUser,
  type UpdateUserRequest,
} from './client';
export { getFullAccessToken } from './endpoints/get-full-access-token';
export { errorMessage } from './errors';
export { endpoints } from './operations';
