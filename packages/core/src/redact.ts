/** The text that replaces every secret. */
export const REDACTED = '[REDACTED]';

// Field names whose values are credentials wherever they appear: password, oldPassword,
// new_password_confirmation, secret_key, auth_token, access_token, token, newToken, api_key…
const SENSITIVE_KEY =
  /passw(or)?d|pass_word|secret|^(auth|access|refresh|id|session|new|remove)?_?token$|api_?key|^authorization$|^(set-)?cookie$/i;

/** True when a field of this name holds a credential (`password`, `*_password`, `secret_key`, `auth_token`…). */
export function isSensitiveKey(key: string): boolean {
  return SENSITIVE_KEY.test(key);
}

/** Replaces registered secret values, wherever they appear, with `[REDACTED]`. */
export interface Redactor {
  /** Registers secret values (shorter than 4 characters are ignored: they would mangle ordinary text). */
  add(...values: unknown[]): void;
  /** Registers short-lived secrets (tokens obtained by a login); only the most recent 64 are kept. */
  remember(...values: unknown[]): void;
  /** A child that also redacts `values`, for one call; the parent is unchanged. */
  with(values: unknown[]): Redactor;
  /** The text with every secret replaced. */
  text(value: string): string;
  /** A deep copy with secrets replaced in strings and under sensitive keys. */
  value<T>(value: T): T;
}

// Secrets longer than this are not put into the pattern (see text()).
const LONG = 1024;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A secret can reach an error or a log in more than one spelling: raw, inside a URL, inside a JSON string.
function spellings(secret: string): string[] {
  return [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)];
}

/** Creates a redactor; values from `parent` are redacted too. */
export function createRedactor(initial: unknown[] = [], parent?: Redactor): Redactor {
  const secrets = new Set<string>();
  const recent = new Set<string>();
  let pattern: RegExp | undefined;
  let long: string[] = [];

  const register = (into: Set<string>, values: unknown[]) => {
    for (const v of values) {
      // The common case, a credential sent again, costs one lookup.
      if (typeof v !== 'string' || v.length < 4 || secrets.has(v) || recent.has(v)) continue;
      for (const s of spellings(v)) {
        if (secrets.has(s) || recent.has(s)) continue;
        into.add(s);
        pattern = undefined;
      }
    }
  };

  const redactor: Redactor = {
    add: (...values) => register(secrets, values),
    remember(...values) {
      register(recent, values);
      // A long-lived client renews its token for ever: keep the pattern small.
      if (recent.size > 64 * 3) {
        for (const old of recent) {
          if (recent.size <= 64 * 3) break;
          recent.delete(old);
          pattern = undefined;
        }
      }
    },
    with: (values) => (values.length === 0 ? redactor : createRedactor(values, redactor)),
    text(value) {
      let out = parent ? parent.text(value) : value;
      if (secrets.size + recent.size === 0) return out;
      if (!pattern) {
        // Longest first, so a secret that contains another is replaced whole. A long one (a 40 KB
        // token) is replaced by search: V8 refuses to compile a pattern that holds it ("Regular
        // expression too large", with the secret in its message).
        const all = [...secrets, ...recent].sort((a, b) => b.length - a.length);
        long = all.filter((s) => s.length > LONG);
        pattern = new RegExp(
          all
            .filter((s) => s.length <= LONG)
            .map(escapeRe)
            .join('|') || '^(?!)',
          'g',
        );
      }
      for (const s of long) out = out.split(s).join(REDACTED);
      return out.replace(pattern, REDACTED);
    },
    value<T>(value: T): T {
      return deep(value, redactor.text, 0) as T;
    },
  };
  redactor.add(...initial);
  return redactor;
}

// Only JSON-like data is walked: a Uint8Array or a Blob is not (a 5 MB avatar took seconds).
const isPlain = (v: unknown): v is object => {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return Array.isArray(v) || proto === Object.prototype || proto === null;
};

// Past this depth a copy holds `[REDACTED]`: returning the subtree as it is would hand back unredacted secrets.
const MAX_DEPTH = 32;

// Keys are defined, not assigned: an own `__proto__` key from JSON.parse stays data instead of re-parenting the copy.
// Bytes are not walked (a 5 MB avatar took seconds); a Date holds no text.
const TYPED_ARRAY = Object.getPrototypeOf(Uint8Array.prototype) as object;
const isOpaque = (v: object) =>
  ArrayBuffer.isView(v) ||
  Object.prototype.isPrototypeOf.call(TYPED_ARRAY, v) ||
  v instanceof ArrayBuffer ||
  (typeof Blob !== 'undefined' && v instanceof Blob) ||
  v instanceof Date;

function deep(value: unknown, text: (s: string) => string, depth: number): unknown {
  if (typeof value === 'string') return text(value);
  if (value === null || typeof value !== 'object') return value;
  // Any other object (one whose prototype a server's `__proto__` key or a reader chose) is copied by its own keys.
  if (!isPlain(value) && isOpaque(value)) return value;
  if (depth > MAX_DEPTH) return REDACTED;
  if (Array.isArray(value)) return value.map((v) => deep(v, text, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const copy = v != null && v !== '' && isSensitiveKey(k) ? REDACTED : deep(v, text, depth + 1);
    Object.defineProperty(out, k, { value: copy, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The string values found under sensitive keys anywhere in `value` (to redact them if echoed back). */
export function sensitiveValues(value: unknown, found: string[] = [], depth = 0): string[] {
  if (!isPlain(value) || depth > MAX_DEPTH) return found;
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string' && isSensitiveKey(k)) found.push(v);
    else sensitiveValues(v, found, depth + 1);
  }
  return found;
}
