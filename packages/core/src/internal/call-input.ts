import type { AnyEndpoint } from '../endpoint';
import { RequestValidationError, type ValidationIssue } from '../errors';
import type { Redactor } from '../redact';
import { toFormData } from './body';
import { optionIssues } from './options';
import { buildPath, withQuery } from './url';
import { check } from './validate';

/** A call's input, checked and encoded once: what every attempt sends. */
export interface PreparedCall {
  url: string;
  /** The encoded body: JSON text, form data, or nothing. */
  body: string | FormData | undefined;
  /** The Content-Type the body needs (`multipart` lets fetch set the boundary). */
  contentType: string | undefined;
}

/**
 * Validates the path parameters, body, query and call options, and encodes the body once (so a
 * `toJSON` runs once per call, and a value JSON cannot encode is refused before anything is sent).
 */
export async function prepareCall(
  endpoint: AnyEndpoint,
  input: Record<string, unknown>,
  options: unknown,
  baseURL: string,
  redact: Redactor,
): Promise<PreparedCall> {
  const issues: ValidationIssue[] = optionIssues(options, 'options');
  const path = buildPath(endpoint, input.params as Record<string, unknown> | undefined, issues);
  const body = endpoint.body ? await check(endpoint.body, input.body, 'body', issues) : undefined;
  const query = endpoint.query ? await check(endpoint.query, input.query, 'query', issues) : undefined;
  let encoded: string | FormData | undefined;
  if (issues.length === 0 && endpoint.body) {
    if (endpoint.contentType === 'multipart') encoded = toFormData(body as Record<string, unknown>);
    else encoded = encodeJSON(body, issues, redact);
  }
  if (issues.length > 0) {
    const where = `[${endpoint.method}] ${JSON.stringify(baseURL + endpoint.path)}`;
    const list = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    throw Object.assign(
      new RequestValidationError(
        redact.text(`${endpoint.operation}: ${where}: invalid input, nothing was sent — ${list}`),
        redact.value(issues),
      ),
      { method: endpoint.method, url: redact.text(baseURL + endpoint.path) },
    );
  }
  return {
    url: withQuery(baseURL + path, query),
    body: encoded,
    contentType: endpoint.body && endpoint.contentType === 'json' ? 'application/json' : undefined,
  };
}

function encodeJSON(value: unknown, issues: ValidationIssue[], redact: Redactor): string | undefined {
  try {
    const text = JSON.stringify(value);
    if (text === undefined) issues.push({ path: 'body', message: 'Cannot be encoded as JSON (undefined or a function)' });
    return text;
  } catch (e) {
    // BigInt, a cycle, a throwing toJSON: TypeError messages name keys, not values, but a toJSON may say anything.
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    issues.push({ path: 'body', message: `Cannot be encoded as JSON — ${redact.text(String(reason)).slice(0, 200)}` });
    return undefined;
  }
}
