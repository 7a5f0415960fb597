import type { AnyEndpoint } from '../endpoint';
import type { ValidationIssue } from '../errors';

/**
 * Fills `{name}` placeholders, each value encoded once with encodeURIComponent so it stays in its
 * segment. Empty, `.` and `..` are refused: URL parsers resolve them as dot-segments even encoded
 * (https://url.spec.whatwg.org/#double-dot-path-segment).
 */
export function buildPath(endpoint: AnyEndpoint, params: Record<string, unknown> | undefined, issues: ValidationIssue[]): string {
  // Most paths have no placeholder (`/users/me/`): nothing to fill.
  if (!endpoint.path.includes('{')) return endpoint.path;
  return endpoint.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params?.[name];
    const problem = paramProblem(value);
    if (problem) {
      issues.push({ path: `params.${name}`, message: problem });
      return '';
    }
    try {
      return encodeURIComponent(String(value));
    } catch {
      issues.push({ path: `params.${name}`, message: 'Invalid value: contains a lone UTF-16 surrogate' });
      return '';
    }
  });
}

function paramProblem(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : 'Invalid value: expected a finite number';
  if (typeof value !== 'string') return `Invalid type: expected a string but received ${value === null ? 'null' : typeof value}`;
  if (value.trim() === '') return 'Invalid value: must not be empty';
  if (value === '.' || value === '..') return 'Invalid value: "." and ".." cannot be a path segment';
  return undefined;
}

/** Appends a query object: arrays repeat the key, `undefined` and `null` are left out. */
export function withQuery(url: string, query: unknown): string {
  if (!query || typeof query !== 'object') return url;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null) search.append(key, String(v));
    }
  }
  const qs = search.toString();
  return qs ? `${url}${url.includes('?') ? '&' : '?'}${qs}` : url;
}
