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
  type Logger,
  type TransportConfig,
} from './client';
export {
  type AnyEndpoint,
  type ContentType,
  defineEndpoint,
  type Endpoint,
  type EndpointConfig,
  type EndpointInput,
  type EndpointOutput,
  type HttpMethod,
  type InputOf,
  type OutputOf,
  type PathParams,
  type Schema,
} from './endpoint';
export * from './errors';
export type { FilePart } from './internal/body';
export { type PageRequest, type PaginateOptions, paginate } from './paginate';
export { createRedactor, isSensitiveKey, REDACTED, type Redactor, sensitiveValues } from './redact';
export { openEnum } from './schema';
