/**
 * The two `ufo` functions ofetch 1.5.1 imports, for core's build only (tsdown aliases `ufo` here).
 * ofetch calls them for its `baseURL` and `query` options, and core never sets either: every request
 * gets a finished URL, and `fetchOptions` may not carry them (internal/options.ts refuses ofetch's
 * own option names). So the URL passes through unchanged, instead of bundling ufo (3.4 KB minified
 * of URL parsing). A base or a query reaching here would be a bug in core: it throws.
 */

const unreachable = (name: string) => {
  throw new Error(`@acct/core: ofetch's ${name} option is never set by the client`);
};

/** `input` unchanged: the client never gives ofetch a `baseURL`. */
export function withBase(input: string, base?: string): string {
  return base ? unreachable('baseURL') : input;
}

/** `input` unchanged: the client never gives ofetch a `query`. */
export function withQuery(input: string, query?: Record<string, unknown>): string {
  return query ? unreachable('query') : input;
}
