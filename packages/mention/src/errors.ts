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

function collect(node: unknown, path: string, lines: string[], depth: number): void {
  if (!node || typeof node !== 'object' || depth > 8) return;
  const { errors, children } = node as { errors?: unknown; children?: unknown };
  const messages = (Array.isArray(errors) ? errors : []).map(text).filter(Boolean);
  if (messages.length > 0) lines.push(path ? `${path}: ${messages.join(', ')}` : messages.join(', '));
  // Symfony forms give children as an object, or an array for collections.
  if (children && typeof children === 'object') {
    for (const [key, child] of Object.entries(children)) collect(child, path ? `${path}.${key}` : key, lines, depth + 1);
  }
}

function text(error: unknown): string {
  if (typeof error === 'string') return error.trim();
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message.trim() : '';
}
