/** The first line of what was thrown (a getter's, a Proxy's), at most 200 characters; never throws. */
export function thrownText(e: unknown): string {
  try {
    return String(e instanceof Error ? e.message : e)
      .split('\n')[0]!
      .slice(0, 200);
  } catch {
    return 'an unreadable value';
  }
}
