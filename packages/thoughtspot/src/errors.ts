import type { VendorErrorDetails } from '@acct/core';

/**
 * ThoughtSpot error bodies are untyped in the spec (`ErrorResponse { error?: any }`). The observed
 * shape nests the message three levels deep, as a JSON-encoded array of strings:
 * `{"error":{"message":{"debug":{"code":10002,"incident_id_guid":"…","trace_id_guid":"…","debug":"[\"<msg>\"]"}}}}`.
 * Older endpoints put `{code, incident_id_guid, debug}` at the top level; `debug` may also be plain text.
 */
type Debug = { code?: unknown; incident_id_guid?: unknown; trace_id_guid?: unknown; debug?: unknown };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

// The `{code, incident_id_guid, trace_id_guid, debug}` part of either shape, when there is one.
function debugPart(body: unknown): Debug | undefined {
  if (!isObject(body)) return undefined;
  const message = isObject(body.error) ? body.error.message : undefined;
  if (isObject(message) && isObject(message.debug)) return message.debug as Debug;
  return 'debug' in body || 'code' in body ? (body as Debug) : undefined;
}

/** Reads a ThoughtSpot error body into `<message> (code N, incident <guid>)`; undefined when it has no such fields. */
export function errorMessage(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  const message = isObject(body.error) ? body.error.message : undefined;
  if (typeof message === 'string' && message) return message;
  const found = debugPart(body);
  if (!found) return undefined;
  const { code, incident_id_guid: incident, debug } = found;
  const text = debugText(debug);
  const ids = [code !== undefined && code !== null && `code ${code}`, typeof incident === 'string' && incident && `incident ${incident}`];
  const suffix = ids.filter(Boolean).join(', ');
  if (text) return suffix ? `${text} (${suffix})` : text;
  return suffix ? `ThoughtSpot error (${suffix})` : undefined;
}

/**
 * Reads the vendor's code (`ApiError.code`, e.g. `10002`) and the ids support asks for
 * (`ApiError.details.incidentId`, `.traceId`) from a ThoughtSpot error body.
 */
export function errorDetails(body: unknown): VendorErrorDetails | undefined {
  const found = debugPart(body);
  if (!found) return undefined;
  const { code, incident_id_guid: incidentId, trace_id_guid: traceId } = found;
  const details: Record<string, unknown> = {};
  if (typeof incidentId === 'string' && incidentId) details.incidentId = incidentId;
  if (typeof traceId === 'string' && traceId) details.traceId = traceId;
  return {
    code: typeof code === 'number' || (typeof code === 'string' && code !== '') ? code : undefined,
    details: Object.keys(details).length > 0 ? details : undefined,
  };
}

// `debug` is usually a JSON array of strings ('["msg",""]', '[null]'), sometimes plain text.
function debugText(debug: unknown): string {
  let parts: unknown[] = [debug];
  if (typeof debug === 'string' && debug.trim().startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(debug);
      if (Array.isArray(parsed)) parts = parsed;
    } catch {
      // Not JSON after all: keep the text.
    }
  }
  return parts
    .filter((p): p is string => typeof p === 'string')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('; ');
}
