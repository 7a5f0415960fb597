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

/** Default `maxResponseBytes`: 16 MiB, about 16× a 1 000-user ThoughtSpot `searchUsers` page (~1 MB). */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 2 ** 20;

/** Declared length, when the bytes on the wire are the body's (no Content-Encoding) and the header is a plain number. */
function declaredLength(headers: Headers): number | undefined {
  const encoding = headers.get('content-encoding')?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') return undefined;
  const value = headers.get('content-length')?.trim();
  return value && /^\d{1,16}$/.test(value) ? Number(value) : undefined;
}

/**
 * Reads a body as UTF-8 text, at most `limit` bytes after decompression (fetch has already
 * inflated gzip/deflate/br, so a bomb is counted as it inflates). A declared length over the limit
 * is refused before reading; a stream that passes it is cancelled there. Throws `TooLarge`.
 */
export async function readText(headers: Headers, body: ReadableStream<Uint8Array> | null | undefined, limit: number): Promise<string> {
  const declared = declaredLength(headers);
  if (declared !== undefined && declared > limit) {
    await body?.cancel().catch(() => {});
    throw new TooLarge(declared, true);
  }
  if (!body) return '';
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > limit) {
        await reader.cancel().catch(() => {});
        throw new TooLarge(received, false);
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
  } finally {
    reader.releaseLock();
  }
  parts.push(decoder.decode());
  return parts.join('');
}
