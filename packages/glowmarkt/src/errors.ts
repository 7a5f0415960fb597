import type { VendorErrorDetails } from '@acct/core';

/**
 * Glowmarkt's error body is `{"error": "<text>"}`; the text is one of a few fixed phrases
 * (`Access denied`, `missing elements`, `incorrect elements`, `weak new password`,
 * `An error has occurred`), so it becomes `ApiError.code`. Any other field goes to `details`.
 */
export function errorDetails(body: unknown): VendorErrorDetails | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { error, ...rest } = body as Record<string, unknown>;
  return {
    code: typeof error === 'string' && error !== '' ? error : undefined,
    details: Object.keys(rest).length > 0 ? rest : undefined,
  };
}
