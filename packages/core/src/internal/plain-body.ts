import type { ValidationIssue } from '../errors';
import { tagOf } from './json-check';

// valibot's object and record schemas accept any object and copy its enumerable fields: a Map, a
// Set, a Date or `[]` would be sent as `{}`.
const OBJECTS = new Set(['object', 'loose_object', 'strict_object', 'object_with_rest', 'record']);

type Node = { type?: string; pipe?: Node[]; wrapped?: Node };

/**
 * The issue of a body whose data is not in its fields (an array, a Map, a Set, a Date, bytes, a
 * FormData: anything `Object.prototype.toString` does not call `[object Object]`) where the
 * endpoint's body schema is an object: the schema's copy of it would be sent, not what was given.
 * A plain object, a null-prototype one, or an instance of a class (its own fields are its data, as
 * `JSON.stringify` sends them) goes on. Asked only when the schema ran and copied the body: the
 * compiled fast path takes plain objects only, so a call on it pays one comparison.
 */
export function bodyShapeIssue(schema: unknown, raw: unknown): ValidationIssue | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const tag = tagOf(raw);
  if (tag === 'Object') return undefined;
  let node = schema as Node | undefined;
  while (node?.pipe || node?.wrapped) node = node.pipe ? node.pipe[0] : node.wrapped;
  if (!OBJECTS.has(node?.type as string)) return undefined;
  // valibot's wording: `received Map`, `received Array`.
  return { path: 'body', message: `Invalid type: Expected a plain object but received ${tag}` };
}
