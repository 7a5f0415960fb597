/** Why reading stopped early: the body passed the limit. */
export class TooLarge extends Error {
  constructor(
    /** Bytes read (or declared) when reading stopped. */
    readonly bytes: number,
    /** Whether `bytes` is the declared Content-Length (nothing was read). */
    readonly declared: boolean,
  ) {
    super('response body too large');
  }
}

/** The stream reader of a body being read, for an attempt that gives up on it to cancel. */
export interface Reading {
  reader?: ReadableStreamDefaultReader<Uint8Array>;
  /**
   * The error this attempt made itself (a hook's `HookError`, a `RedirectError`, `TooLarge`): the
   * only one passed on as it is. Anything else thrown from fetch or the response (a wrapper, another
   * client's error, a hostile getter or stream) is only described in this call's `ConnectionError`.
   */
  own?: unknown;
}

/** Records `error` as the attempt's own (`Reading.own`) and returns it, to be thrown. */
export function ownError<E>(reading: Reading, error: E): E {
  reading.own = error;
  return error;
}

/** Default `maxResponseBytes`: 16 MiB, about 16× a 1 000-user ThoughtSpot `searchUsers` page (~1 MB). */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 2 ** 20;

// Shared: a decode() call without `{ stream: true }` is complete and leaves no state behind.
const FIRST = new TextDecoder('utf-8');
const REST = new TextDecoder('utf-8', { ignoreBOM: true });

/** Declared length, when the bytes on the wire are the body's (no Content-Encoding) and the header is a plain number. */
function declaredLength(headers: Headers): number | undefined {
  const value = headers.get('content-length')?.trim();
  if (!value || !/^\d{1,16}$/.test(value)) return undefined;
  const encoding = headers.get('content-encoding')?.trim().toLowerCase();
  return encoding && encoding !== 'identity' ? undefined : Number(value);
}

/**
 * Reads a response body as UTF-8 text, at most `limit` bytes after decompression (fetch has already
 * inflated gzip/deflate/br, so a bomb is counted as it inflates). Throws `TooLarge`.
 * - A declared, uncompressed length over the limit is refused before reading.
 * - Otherwise the stream is read and cancelled where it passes the limit. It is always read through
 *   its reader (never `response.text()`), which `reading` keeps: an attempt that gives up on a
 *   fetch that ignores its signal cancels it, and the connection closes.
 */
export async function readBody(res: Response, limit: number, reading: Reading): Promise<string> {
  const declared = declaredLength(res.headers);
  const body = res.body;
  if (declared !== undefined && declared > limit) {
    await body?.cancel().catch(() => {});
    throw ownError(reading, new TooLarge(declared, true));
  }
  if (!body) return '';
  const reader = body.getReader();
  reading.reader = reader;
  // Each chunk is decoded on its own (a streaming TextDecoder is 5–7× slower in Node 20), holding back
  // a UTF-8 sequence cut by the chunk boundary. Only the first chunk may start with a BOM to drop.
  // The lock is never released: nothing reads the stream after this, and `releaseLock()` costs a
  // rejected `closed` promise per call (a tenth of a stubbed call in Node 20).
  let text = '';
  let carry: Uint8Array | undefined;
  let received = 0;
  // Until some text is decoded: a first chunk of 1–2 bytes may be only part of the BOM.
  let first = true;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel().catch(() => {});
      throw ownError(reading, new TooLarge(received, false));
    }
    const bytes = carry ? concat(carry, value) : value;
    const end = completeLength(bytes);
    if (end > 0) {
      text += (first ? FIRST : REST).decode(bytes.subarray(0, end));
      first = false;
    }
    carry = end < bytes.length ? bytes.slice(end) : undefined;
  }
  if (carry) text += (first ? FIRST : REST).decode(carry);
  return text;
}

const concat = (a: Uint8Array, b: Uint8Array) => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/** Length of `bytes` without a trailing UTF-8 sequence that the next chunk completes. */
export function completeLength(bytes: Uint8Array): number {
  let i = bytes.length - 1;
  let continuation = 0;
  while (i >= 0 && continuation < 3 && ((bytes[i] as number) & 0xc0) === 0x80) {
    i--;
    continuation++;
  }
  if (i < 0) return bytes.length;
  const lead = bytes[i] as number;
  const needs = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return needs > continuation + 1 ? i : bytes.length;
}
