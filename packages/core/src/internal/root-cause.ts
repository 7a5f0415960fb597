import { UNREADABLE } from './text';

// What the common socket and DNS codes mean, in words a reader of a log understands.
const MEANING: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed temporarily',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed while sending',
  UND_ERR_SOCKET: 'socket closed by the server',
  UND_ERR_CONNECT_TIMEOUT: 'connect timed out',
  UND_ERR_HEADERS_TIMEOUT: 'no response headers in time',
  UND_ERR_BODY_TIMEOUT: 'response body stalled',
};

type Cause = { cause?: unknown; code?: unknown; message?: unknown } | null | undefined;

/**
 * The innermost cause of a fetch failure (undici's `TypeError: fetch failed` wraps the socket
 * error), as readable text, `connection refused (ECONNREFUSED)`, and its code.
 */
export function rootCause(error: unknown): { code: string | undefined; text: string } {
  let code: string | undefined;
  let message: string | undefined;
  let text: string;
  try {
    let e = error as Cause;
    for (let depth = 0; e && depth < 8; depth++, e = (typeof e === 'object' ? e.cause : undefined) as Cause) {
      if (typeof e !== 'object') break;
      // Each read once: a getter may answer differently the second time.
      const c = e.code;
      const m = e.message;
      // The innermost code decides, kept only when it looks like a socket, DNS or TLS code
      // (ECONNRESET, UND_ERR_SOCKET, ERR_SSL_…): never a wrapper's text.
      if (typeof c === 'string' && c) code = /^[A-Z][A-Z0-9_]{1,63}$/.test(c) ? c : undefined;
      if (typeof m === 'string' && m) message = m;
    }
    text = message ?? String(error);
  } catch {
    text = message ?? UNREADABLE;
  }
  const meaning = code ? MEANING[code] : undefined;
  if (meaning) return { code, text: `${meaning} (${code})` };
  return { code, text: code && !text.includes(code) ? `${text} (${code})` : text };
}
