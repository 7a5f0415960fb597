/** A response body as read: parsed JSON, text, or nothing. */
export type ParsedBody =
  | { kind: 'empty'; value: undefined; text: '' }
  | { kind: 'json'; value: unknown; text: string }
  | { kind: 'text' | 'invalid-json'; value: string; text: string };

const JSON_TYPE = /^application\/(?:[\w.+-]*\+)?json\b/i;

/**
 * Parses JSON when the Content-Type says so, or when there is no Content-Type and the text looks
 * like JSON (some vendors omit the header); anything else keeps its text, so no body is ever lost.
 */
export function parseBody(text: string | undefined, contentType: string | null): ParsedBody {
  if (!text) return { kind: 'empty', value: undefined, text: '' };
  const declared = contentType ? JSON_TYPE.test(contentType.trim()) : /^\s*[[{"]/.test(text);
  if (!declared) return { kind: 'text', value: text, text };
  try {
    return { kind: 'json', value: JSON.parse(text), text };
  } catch {
    return { kind: 'invalid-json', value: text, text };
  }
}

/** A file part of a multipart body. */
export interface FilePart {
  /** The file's bytes. */
  data: Blob | ArrayBuffer | ArrayBufferView;
  /** The file name sent in the part (default: the field name). */
  filename?: string | undefined;
  /** The part's media type, e.g. `image/png`. */
  contentType?: string | undefined;
}

/** Builds `multipart/form-data` from `{ field: string | Blob | FilePart }`; fetch adds the boundary. */
export function toFormData(fields: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (value instanceof Blob) form.append(name, value, (value as File).name || name);
    else if (value && typeof value === 'object' && 'data' in value) {
      const { data, filename, contentType } = value as FilePart;
      const blob = data instanceof Blob ? data : new Blob([data as BlobPart], contentType ? { type: contentType } : {});
      const typed = contentType && blob.type !== contentType ? new Blob([blob], { type: contentType }) : blob;
      form.append(name, typed, filename ?? name);
    } else form.append(name, String(value));
  }
  return form;
}
