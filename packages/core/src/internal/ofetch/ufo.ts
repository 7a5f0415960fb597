/**
 * The two `ufo` functions ofetch 1.5.1 imports, for core's build only (tsdown aliases `ufo` here).
 * ofetch calls them for its `baseURL` and `query` options, which core never sets: every request
 * gets a finished URL. They are written out instead of bundling ufo (3.4 KB minified of URL
 * parsing) and behave as ofetch expects should anything set those options.
 */

const PROTOCOL = /^[a-z][a-z\d+.-]*:/i;

/** `input` resolved against `base`, unless it is absolute already or starts with `base`. */
export function withBase(input: string, base: string | undefined): string {
  if (!base || base === '/' || PROTOCOL.test(input)) return input;
  const root = base.endsWith('/') ? base.slice(0, -1) : base;
  if (input.startsWith(root)) return input;
  return `${root}/${input.startsWith('/') ? input.slice(1) : input}`;
}

/**
 * `input` with `query` merged into its search as ufo merges it: a key given replaces the URL's in
 * place, `undefined` drops it, `null` and `''` leave the bare key, arrays repeat, objects are JSON.
 */
export function withQuery(input: string, query: Record<string, unknown> | undefined): string {
  if (!query) return input;
  const hashAt = input.indexOf('#');
  const hash = hashAt < 0 ? '' : input.slice(hashAt);
  const rest = hashAt < 0 ? input : input.slice(0, hashAt);
  const at = rest.indexOf('?');
  // No prototype: a `__proto__` key in a URL stays a key.
  const merged: Record<string, unknown> = Object.create(null);
  for (const [key, value] of new URLSearchParams(at < 0 ? '' : rest.slice(at + 1))) {
    const seen = merged[key];
    merged[key] = seen === undefined ? value : ([] as unknown[]).concat(seen, value);
  }
  Object.assign(merged, query);
  const text = (v: unknown) => encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v));
  const parts: string[] = [];
  for (const [key, raw] of Object.entries(merged)) {
    if (raw === undefined) continue;
    const value = typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : raw;
    if (!value) parts.push(encodeURIComponent(key));
    else if (Array.isArray(value)) parts.push(...value.map((item) => `${encodeURIComponent(key)}=${text(item)}`));
    else parts.push(`${encodeURIComponent(key)}=${text(value)}`);
  }
  const search = parts.join('&');
  return `${at < 0 ? rest : rest.slice(0, at)}${search ? `?${search}` : ''}${hash}`;
}
