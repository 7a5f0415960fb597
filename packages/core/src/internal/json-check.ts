/**
 * Set while a response body is checked (validate.ts): it came from JSON.parse, so its free-form
 * fields are JSON already and `jsonValue()` does not walk them (it would cost a third of the parse).
 */
export const parsedJson = { now: false };

/** Where a value JSON would change is: the keys down to it (each with the object or array holding it), and what it is. */
export interface JsonProblem {
  path: { key: string | number; input: unknown }[];
  found: string;
}

type Step = { key: string | number; input: unknown; up: Step | undefined };

/**
 * What `JSON.stringify` would change in a value, and where; undefined when it would send the value
 * as it is (finite numbers, strings, booleans, null, arrays, plain objects and class instances, whose
 * own fields JSON sends). Found: NaN and ±Infinity (sent as null), a Map, a Set or another built-in
 * that holds its data elsewhere (`{}`), an invalid Date (null), in an array a hole, `undefined`, a
 * function or a symbol (null), as an object's value a function or a symbol (key dropped). `undefined`
 * as an object's value is an optional field left out: dropped, as JavaScript means. An object with a
 * `toJSON` (a valid Date: its ISO string) is its own JSON form and is not walked (calling it here would
 * run it twice). BigInt and cycles are left to the encoder, which refuses them.
 *
 * Only what a caller gives is walked (a response's value is JSON: see `parsedJson`). Never
 * recursive: an explicit stack, so a value nested 1 000 000 deep is walked like a flat one, and each
 * object once, so a cycle ends.
 */
export function jsonProblem(root: unknown): JsonProblem | undefined {
  const top = problemOf(root, undefined);
  if (top) return fail(top, undefined);
  const stack: unknown[] = [root];
  const steps: (Step | undefined)[] = [undefined];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const x = stack.pop() as Record<string | number, unknown>;
    const up = steps.pop();
    if (typeof x !== 'object' || x === null || typeof x.toJSON === 'function' || seen.has(x)) continue;
    seen.add(x);
    const array = Array.isArray(x);
    const keys = array ? undefined : Object.keys(x);
    const n = keys ? keys.length : (x as unknown as unknown[]).length;
    for (let i = 0; i < n; i++) {
      const key = keys ? (keys[i] as string) : i;
      const item = x[key];
      // Strings, booleans and null need no closer look.
      if (typeof item === 'string' || typeof item === 'boolean' || item === null) continue;
      const found = problemOf(item, array ? 'array' : 'object');
      const at = { key, input: x, up };
      if (found) return fail(found, at);
      if (typeof item === 'object') {
        stack.push(item);
        steps.push(at);
      }
    }
  }
  return undefined;
}

function fail(found: string, at: Step | undefined): JsonProblem {
  const path: JsonProblem['path'] = [];
  for (; at; at = at.up) path.unshift({ key: at.key, input: at.input });
  return { path, found };
}

/** `Map`, `Array`, `Object`: what `Object.prototype.toString` calls an object (a class instance is `Object`). */
export const tagOf = (x: object): string => Object.prototype.toString.call(x).slice(8, -1);

// What JSON would change about one value (not its contents), as the issue says it.
function problemOf(x: unknown, within: 'object' | 'array' | undefined): string | undefined {
  if (typeof x === 'number') return Number.isFinite(x) ? undefined : `${x} (JSON sends null)`;
  if (x === undefined || typeof x === 'function' || typeof x === 'symbol') {
    const what = x === undefined ? 'undefined' : `a ${typeof x}`;
    if (within === 'array') return `${what} in an array (JSON sends null)`;
    return x === undefined ? (within ? undefined : what) : `${what}${within ? ' (JSON drops the key)' : ''}`;
  }
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return undefined;
  if (typeof (x as { toJSON?: unknown }).toJSON === 'function') {
    return x instanceof Date && Number.isNaN(x.getTime()) ? 'an invalid Date (JSON sends null)' : undefined;
  }
  // A class instance is sent as its own fields, as JSON does; a Map, a Set, a RegExp… hold their data
  // elsewhere and would be sent as `{}`. (A boxed string, number or boolean is sent as its value.)
  const tag = tagOf(x);
  return /^(Object|String|Number|Boolean)$/.test(tag) ? undefined : `a ${tag} (JSON sends {})`;
}
