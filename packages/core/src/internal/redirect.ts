/** Statuses that redirect (https://www.rfc-editor.org/rfc/rfc9110#name-redirection-3xx). */
export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
/** Most hops followed for one attempt. */
export const MAX_REDIRECTS = 5;

/** The decision about one redirect response: follow to `url`, or refuse and say why. */
export type RedirectDecision = { follow: true; url: string } | { follow: false; reason: string; location: string | undefined };

/**
 * The redirect policy: only GET and HEAD are followed, only to the origin of the request
 * (so no credential header ever reaches another origin and no POST is turned into a GET), at most
 * `MAX_REDIRECTS` hops. `hops` counts the redirects already followed.
 */
export function decideRedirect(method: string, from: string, location: string | null, hops: number): RedirectDecision {
  if (location === null) return { follow: false, reason: 'without a Location header', location: undefined };
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    return { follow: false, reason: 'to an invalid URL', location };
  }
  if (method !== 'GET' && method !== 'HEAD')
    return { follow: false, reason: `for a ${method} request (only GET and HEAD are followed)`, location };
  if (target.origin !== new URL(from).origin) return { follow: false, reason: `to another origin (${target.origin})`, location };
  if (target.username || target.password) return { follow: false, reason: 'to a URL with credentials', location };
  if (hops >= MAX_REDIRECTS) return { follow: false, reason: `after ${MAX_REDIRECTS} redirects`, location };
  return { follow: true, url: target.href };
}
