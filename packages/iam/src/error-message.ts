import { fieldOf } from './error-details';

/**
 * Reads FastAPI's validation body `{"detail": [{"loc", "msg", "type"}]}` into one message naming
 * each failing field (`new_password: String should have at least 8 characters; email: …`).
 * Anything else returns `undefined`, so core's default reader handles `{"detail": "…"}`.
 */
export function errorMessage(body: unknown): string | undefined {
  const detail = body && typeof body === 'object' ? (body as { detail?: unknown }).detail : undefined;
  if (!Array.isArray(detail) || detail.length === 0) return undefined;
  return detail.map(describe).join('; ');
}

function describe(item: unknown): string {
  const { loc, msg } = (item && typeof item === 'object' ? item : {}) as { loc?: unknown; msg?: unknown };
  const field = fieldOf(loc);
  const text = typeof msg === 'string' && msg ? msg : 'invalid';
  return field ? `${field}: ${text}` : text;
}
