import { apiKeyHeader } from './api-key-header';
import type { AuthStrategy, TokenSource } from './types';

/** `Authorization: Bearer <token>`, from a fixed token, a per-request provider or a token cache. */
export function bearer(source: TokenSource): AuthStrategy {
  return apiKeyHeader('Authorization', source, { prefix: 'Bearer' });
}
