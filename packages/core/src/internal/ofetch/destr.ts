/**
 * What ofetch 1.5.1 uses `destr` for, for core's build only (tsdown aliases `destr` here): parsing
 * a body when `responseType` is `json`. Core always asks for a stream and parses it itself, so this
 * never runs there; it parses JSON and gives any other text back, as destr does.
 */
export default function destr(text: string): unknown {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
