/**
 * The data-contract helpers every vendor package declares its schemas with: lenient in what a
 * response may bring (a vendor's next release adds fields, enum values and nulls), faithful in what a
 * request sends (free-form values verbatim, open enums as any string of the vendor's form).
 */
import * as v from 'valibot';
import { jsonProblem, parsedJson } from './internal/json-check';

/** Any JSON value: what a vendor's free-form field (`extended_properties`, `_customInfo`) takes. */
export type JsonValue = string | number | boolean | null | JsonArray | JsonObject;
// Interfaces, not an inline recursive alias: TypeScript defers them, so valibot's type machinery over a
// `jsonValue()` field stays shallow (an alias gave consumers "Type instantiation is excessively deep").
/** A JSON object. */
export interface JsonObject {
  [key: string]: JsonValue;
}
/** A JSON array. */
export interface JsonArray extends Array<JsonValue> {}

/**
 * A free-form field: any JSON value, sent exactly as given (no copy, no coercion of arrays or
 * dates). A value JSON would change silently is refused, with the path to it: NaN and ±Infinity, a
 * Map, a Set or another instance, an invalid Date, and in an array `undefined`, a function or a
 * symbol; as an object's value a function or a symbol. `undefined` as an object's value (an optional
 * field left out) is dropped, as JavaScript means. A value with a `toJSON` (a Date) is sent as that
 * method gives it. BigInt and cycles are refused when the body is serialised. The check walks the
 * value without recursion; a parsed response, always JSON, passes at one look per value.
 */
export function jsonValue(): v.GenericSchema<JsonValue, JsonValue> {
  // valibot's custom schema: its `check` is what the compiled fast path (fast-check.ts) runs.
  // A response's value came from JSON.parse: nothing to walk (see parsedJson).
  const schema = v.custom<JsonValue>((x) => parsedJson.now || !jsonProblem(x));
  return Object.assign(schema, {
    // One issue in valibot's shape, its path down to the value JSON would change.
    '~run'(dataset: { typed?: boolean; value: unknown; issues?: unknown[] }) {
      const problem = parsedJson.now ? undefined : jsonProblem(dataset.value);
      if (!problem) return Object.assign(dataset, { typed: true });
      const { path, found } = problem;
      const last = path[path.length - 1];
      const issue = {
        kind: 'schema',
        type: 'custom',
        input: last ? (last.input as Record<string | number, unknown>)[last.key] : dataset.value,
        expected: 'JSON',
        received: found,
        message: `Invalid type: Expected JSON but received ${found}`,
        path: last ? path.map((p) => ({ type: Array.isArray(p.input) ? 'array' : 'object', origin: 'value', ...p })) : undefined,
      };
      return Object.assign(dataset, { typed: false, issues: [...(dataset.issues ?? []), issue] });
    },
  }) as v.GenericSchema<JsonValue, JsonValue>;
}

/** Options of `openEnum`. */
export interface OpenEnumOptions {
  /** The form a new value must have (Thirdwatch's values all start with `_`): others are refused. */
  pattern?: RegExp;
}

/**
 * An enum the vendor grows: known values autocomplete, any other string (of `pattern`'s form, when
 * given) is accepted, a non-string is refused. In a response, new values pass through as strings.
 */
export function openEnum<const T extends readonly string[]>(
  values: T,
  options: OpenEnumOptions = {},
): v.GenericSchema<T[number] | (string & {}), T[number] | (string & {})> {
  const { pattern } = options;
  if (!pattern) return v.string() as v.GenericSchema<T[number] | (string & {})>;
  const known = new Set<string>(values);
  return v.pipe(
    v.string(),
    v.check(
      (s) => known.has(s) || pattern.test(s),
      (issue) =>
        `Invalid value: expected one of ${values.map((x) => JSON.stringify(x)).join(', ')} or a value matching ${pattern} but received ${JSON.stringify(issue.input)}`,
    ),
  ) as v.GenericSchema<T[number] | (string & {})>;
}

type Nullish<E extends v.ObjectEntries> = { [K in keyof E]: v.NullishSchema<E[K], undefined> };

/**
 * A response entity. `promised` fields (ids, what the doc guarantees) must be present with their
 * type; every `other` field may be `null` or absent, and is type-checked when present; unknown
 * fields are kept. The output type shows the documented shape with `| null` where it can come.
 */
export function entity<const P extends v.ObjectEntries, const O extends v.ObjectEntries>(
  promised: P,
  other: O,
): v.LooseObjectSchema<P & Nullish<O>, undefined> {
  const entries: v.ObjectEntries = { ...promised };
  for (const [key, schema] of Object.entries(other)) entries[key] = v.nullish(schema);
  return refuseArrays(v.looseObject(entries)) as v.LooseObjectSchema<P & Nullish<O>, undefined>;
}

// valibot's object schemas accept an array (`[1]` reads as `{ "0": 1 }`): an entity must be an
// object, so an array is refused here, with valibot's own issue shape.
function refuseArrays<S extends v.LooseObjectSchema<v.ObjectEntries, undefined>>(schema: S): S {
  const run = schema['~run'].bind(schema);
  return Object.assign(schema, {
    '~run'(dataset: { value: unknown }, config: v.Config<v.BaseIssue<unknown>>) {
      if (!Array.isArray(dataset.value)) return run(dataset as never, config);
      const message = 'Invalid type: Expected Object but received Array';
      const issue = { kind: 'schema', type: 'loose_object', input: dataset.value, expected: 'Object', received: 'Array', message };
      return { typed: false, value: dataset.value, issues: [issue] };
    },
  });
}

// Index signatures aside (a loose schema's output has `[key: string]: unknown`): the documented fields.
type Known<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * Compile-time only: `true` when a hand-written public interface (which carries the vendor's field
 * docs) and its schema's type have the same named fields, each assignable both ways. Ties the two so
 * they cannot drift: `export type _ = Assert<Same<ThoughtSpotUser, v.InferOutput<typeof User>>>`.
 */
export type Same<A, B> = Mutual<Known<A>, Known<B>> extends true ? Mutual<keyof Known<A>, keyof Known<B>> : false;

/** Fails to compile unless its argument is `true`. */
export type Assert<T extends true> = T;
