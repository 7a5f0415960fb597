/**
 * Reads Mention's 400 validation body, `{"form":{"errors":[…],"children":{"<field>":{"errors":[…]}}}}`
 * (https://dev.mention.com/current/src/appendix/Errors.html), into `email: …; password: …`.
 * Children can nest (`default_notification_phone.number: …`). Any other body is left to core's
 * reader, which takes OAuth's `error_description` and keeps the text of HTML pages.
 */
export function formErrorMessage(body: unknown): string | undefined {
  const form = (body as { form?: unknown } | null)?.form;
  if (!form || typeof form !== 'object') return undefined;
  const lines: string[] = [];
  collect(form, '', lines, 0);
  return lines.length > 0 ? lines.join('; ') : undefined;
}

/** Mention's error details: the 400 form errors by field, and the OAuth error code of a 401. */
export interface MentionErrorDetails {
  /** The OAuth `error` of a 401, e.g. `invalid_grant`. */
  code?: string | undefined;
  /** The field errors of a 400 form body. */
  details?:
    | {
        /** Messages per field, nested fields dotted: `{ email: ["…"], "default_notification_phone.number": ["…"] }`. */
        fields: Record<string, string[]>;
        /** Messages about the form as a whole (`This form should not contain extra fields.`). */
        errors: string[];
      }
    | undefined;
}

/** Reads `ApiError.code` (OAuth `error`, e.g. `invalid_grant`) and `ApiError.details` (form errors by field) from an error body. */
export function formErrorDetails(body: unknown): MentionErrorDetails | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const { error, form } = body as { error?: unknown; form?: unknown };
  if (typeof error === 'string' && error) return { code: error };
  if (!form || typeof form !== 'object') return undefined;
  const fields: Record<string, string[]> = {};
  const errors: string[] = [];
  walk(form, '', 0, (path, messages) => {
    // Defined, not assigned: a form child named `__proto__` stays a key instead of re-parenting `fields`.
    if (path) Object.defineProperty(fields, path, { value: messages, enumerable: true, writable: true, configurable: true });
    else errors.push(...messages);
  });
  return { details: { fields, errors } };
}

function collect(node: unknown, path: string, lines: string[], depth: number): void {
  walk(node, path, depth, (at, messages) => lines.push(at ? `${at}: ${messages.join(', ')}` : messages.join(', ')));
}

function walk(node: unknown, path: string, depth: number, found: (path: string, messages: string[]) => void): void {
  if (!node || typeof node !== 'object' || depth > 8) return;
  const { errors, children } = node as { errors?: unknown; children?: unknown };
  const messages = (Array.isArray(errors) ? errors : []).map(text).filter(Boolean);
  if (messages.length > 0) found(path, messages);
  // Symfony forms give children as an object, or an array for collections.
  if (children && typeof children === 'object') {
    for (const [key, child] of Object.entries(children)) walk(child, path ? `${path}.${key}` : key, depth + 1, found);
  }
}

function text(error: unknown): string {
  if (typeof error === 'string') return error.trim();
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message.trim() : '';
}
