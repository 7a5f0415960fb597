import type { FixtureRequest } from './exchange';

/** A method and a path pattern; `null` segments are path parameters (any value). */
export interface Route {
  method: string;
  segments: (string | null)[];
}

/**
 * The route of a fixture request: segments that spell one of the call's string or number arguments
 * (a user id, an account id) become parameters, so any value the caller passes there matches.
 */
export function routeOf(request: FixtureRequest, args: readonly unknown[] = []): Route {
  const values = new Set(args.filter((a) => typeof a === 'string' || typeof a === 'number').map((a) => encodeURIComponent(String(a))));
  return { method: request.method, segments: request.path.split('/').map((s) => (values.has(s) ? null : s)) };
}

/** Whether a request's method and path (percent-encoded, without the query) fall on the route. */
export function onRoute(route: Route, method: string, path: string, prefix = ''): boolean {
  if (route.method !== method || !path.startsWith(prefix)) return false;
  const got = path.slice(prefix.length).split('/');
  return got.length === route.segments.length && route.segments.every((s, i) => (s === null ? got[i] !== '' : s === got[i]));
}

/** `POST /users/:p2/update`: a route as one comparable string (and an msw path). */
export function routeKey(route: Route): string {
  return `${route.method} ${route.segments.map((s, i) => (s === null ? `:p${i}` : s)).join('/')}`;
}

/** How many fixed segments a route has: the more, the more specific (`/accounts/me` beats `/accounts/:id`). */
export const fixedSegments = (route: Route): number => route.segments.filter((s) => s !== null).length;
