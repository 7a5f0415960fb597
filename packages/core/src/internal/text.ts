// Building an error looks at most this much of a body: whatever its size, the cost is bounded.
export const SUMMARY_WINDOW = 64 * 1024;
/** The most characters of server-supplied text that go into an error message. */
export const MESSAGE_MAX = 300;

/** What stands for a thrown value whose reads throw (a getter, a Proxy; `String()` of `Object.create(null)`). */
export const UNREADABLE = 'an unreadable value';

/** What a thrown value says: an Error's message, anything else as a string; never throws. */
export function thrownText(e: unknown): string {
  try {
    return String(e instanceof Error ? e.message : e);
  } catch {
    return UNREADABLE;
  }
}

/** The first line of what was thrown, at most 200 characters; never throws. For an error message that says why. */
export const thrownLine = (e: unknown): string => thrownText(e).split('\n')[0]!.slice(0, 200);

const hex = (c: number) => c.toString(16).padStart(2, '0');

/**
 * Server text made fit for one line of an error message, in one pass: whitespace runs (CR, LF, tab…)
 * become one space, other control characters (NUL, ANSI ESC, DEL, C1, bidi overrides, line
 * separators) become `\xNN` / `\uNNNN`, and the result is cut at `max` characters with `…`.
 */
export function oneLine(text: string, max = MESSAGE_MAX): string {
  let out = '';
  let space = false;
  // Each input character adds at most 6 output characters, so 2 × max input is always enough.
  const end = Math.min(text.length, max * 2 + 1);
  for (let i = 0; i < end && out.length <= max; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (c < 32 || (c >= 0x7f && c <= 0x9f)) out += `\\x${hex(c)}`;
    else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x2028 || c === 0x2029 || c === 0xfeff)
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += text[i];
  }
  if (out.length <= max && end === text.length) return out;
  let cut = out.slice(0, max);
  // Never leave half of a surrogate pair before the ellipsis.
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** Index of `needle` (lower case, a few characters) in `hay`, ASCII case-insensitively; -1 if absent. O(n × needle). */
function indexOfCi(hay: string, needle: string, from: number): number {
  const first = needle.charCodeAt(0);
  for (let i = from; i <= hay.length - needle.length; i++) {
    if (lower(hay.charCodeAt(i)) !== first) continue;
    let j = 1;
    while (j < needle.length && lower(hay.charCodeAt(i + j)) === needle.charCodeAt(j)) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/** The text of an HTML fragment with tags dropped, in one pass (no regex: `<` × 230 000 took 40 s). */
function stripTags(html: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < html.length; i++) {
    if (html.charCodeAt(i) !== 60 /* < */) continue;
    const close = html.indexOf('>', i + 1);
    // An unclosed `<` is text, and so is everything after it: stop searching.
    if (close < 0) break;
    out += `${html.slice(from, i)} `;
    from = close + 1;
    i = close;
    if (out.length > MESSAGE_MAX * 4) return out;
  }
  return out + html.slice(from, from + MESSAGE_MAX * 4);
}

/** A short readable one-line message from an HTML or text error body: its `<title>`, else its text. */
export function textSummary(text: string): string | undefined {
  const head = text.length > SUMMARY_WINDOW ? text.slice(0, SUMMARY_WINDOW) : text;
  let source: string | undefined;
  const open = indexOfCi(head, '<title', 0);
  if (open >= 0) {
    const start = head.indexOf('>', open);
    const end = start < 0 ? -1 : indexOfCi(head, '</title', start);
    if (end > start) source = head.slice(start + 1, end);
  }
  const plain = oneLine(stripTags(source ?? head), 200);
  return plain || undefined;
}
