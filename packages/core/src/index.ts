export { apiKeyHeader } from './auth/api-key-header';
export { basic } from './auth/basic';
export { bearer } from './auth/bearer';
export { headerValueProblem } from './auth/header-value';
export { type TokenStoreKeyParts, tokenStoreKey } from './auth/store-key';
export { createTokenCache, type Token, type TokenCacheOptions } from './auth/token-cache';
export type { LockHandle, StoredToken, TokenStore } from './auth/token-store';
export type { AuthContext, AuthStrategy, TokenCache, TokenSource } from './auth/types';
export {
  type ApiPromise,
  type ApiResponse,
  type CallOptions,
  type Client,
  type ClientOptions,
  createClient,
  type FetchLike,
  type Logger,
  type TransportConfig,
} from './client';
export {
  type AnyEndpoint,
  type CallMapper,
  type ContentType,
  type DefaultCall,
  defineEndpoint,
  type Endpoint,
  type EndpointConfig,
  type EndpointInput,
  type EndpointOutput,
  type HttpMethod,
  type InputFor,
  type InputOf,
  type OutputOf,
  type PathParams,
  type Schema,
} from './endpoint';
export * from './errors';
export type { Hook, HookContext, HookResponse, Hooks } from './hooks';
export type { FilePart } from './internal/body';
export type { LogLevel } from './internal/logger';
export { thrownLine } from './internal/text';
export { CORE_VERSION } from './internal/user-agent';
export { bindMethods, type Method, type Methods } from './methods';
export { type PageRequest, type PaginateOptions, paginate } from './paginate';
export { createRedactor, isSensitiveKey, REDACTED, type Redactor, sensitiveValues } from './redact';
export {
  type Assert,
  entity,
  type JsonArray,
  type JsonObject,
  type JsonValue,
  jsonValue,
  type OpenEnumOptions,
  openEnum,
  type Same,
} from './schema';
