/**
 * A check compiled once per schema: it walks the value in place, without the copy and the
 * per-field result objects valibot allocates (most of a 10-user page's validation cost). Used for
 * parsed responses and for a call's body and query (then the user's own object is sent, encoded
 * once, as given).
 * It accepts only what valibot accepts, so when it says yes, valibot's output would be the same
 * data; when it says no (or meets a schema it does not know), valibot runs and reports the issues.
 */

type Node = {
  type?: string;
  kind?: string;
  entries?: Record<string, Node>;
  item?: Node;
  wrapped?: Node;
  options?: unknown[];
  literal?: unknown;
  key?: Node;
  value?: Node;
  pipe?: Node[];
  default?: unknown;
  fallback?: unknown;
  async?: boolean;
  check?: (value: unknown) => unknown;
  '~run'?: (dataset: { typed: boolean; value: unknown; issues?: unknown }, config: object) => { issues?: unknown };
};
type Check = (value: unknown) => boolean;

const cache = new WeakMap<object, Check | null>();
const OPTIONAL = new Set(['optional', 'nullish', 'exact_optional']);
const WRAPPERS = new Set([...OPTIONAL, 'nullable']);
// Schemas whose compiled check says no exactly when valibot does (their pipes run valibot's own validations).
const EXACT = new Set(['string', 'number', 'boolean', 'null', 'literal', 'picklist']);

/** The compiled check of a valibot schema, or undefined when the schema is not one this fast path knows. */
export function fastCheck(schema: object): Check | undefined {
  let check = cache.get(schema);
  if (check === undefined) {
    // Only valibot's own schemas: another library's `type` field does not mean the same checks.
    const vendor = (schema as { '~standard'?: { vendor?: string } })['~standard']?.vendor;
    const compiled = vendor === 'valibot' ? compile(schema as Node) : undefined;
    check = compiled ? (v: unknown) => !polluted() && compiled(v) : null;
    cache.set(schema, check);
  }
  return check ?? undefined;
}

// Stricter than valibot's objects (which take arrays, and drop an own `__proto__` key that JSON.parse
// keeps): a no here sends the value to valibot, which decides and copies.
// Only plain data: an instance (a Date, a class with `toJSON` or enumerable inherited fields) is
// encoded differently from valibot's copy of it, so it goes to valibot.
const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

// Own `__proto__`, `constructor` and `prototype` keys are dropped from valibot's copies: not the same
// data. (Object checks test them as they walk the keys; records and variants here.)
const isObject = (v: unknown): v is Record<string, unknown> =>
  isPlain(v) && !Object.hasOwn(v, '__proto__') && !Object.hasOwn(v, 'constructor') && !Object.hasOwn(v, 'prototype');

// An enumerable key on Object.prototype (pollution) is seen by valibot's `in` and `for…in` and
// copied into its output, never encoded from the original: with one, nothing takes the fast path.
const polluted = () => {
  for (const _ in Object.prototype) return true;
  return false;
};

function compile(node: Node): Check | undefined {
  if (node.async || node.fallback !== undefined) return undefined;
  if (node.pipe) return compilePipe(node.pipe);
  switch (node.type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'number':
      return (v) => typeof v === 'number' && !Number.isNaN(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'null':
      return (v) => v === null;
    case 'unknown':
    case 'any':
      return () => true;
    // valibot runs the same predicate and keeps the value as it is.
    case 'custom': {
      const predicate = node.check;
      return typeof predicate === 'function' ? (v) => Boolean(predicate(v)) : undefined;
    }
    case 'literal':
      return (v) => v === node.literal;
    case 'picklist': {
      const options = new Set(node.options);
      return (v) => options.has(v);
    }
    case 'optional':
    case 'nullish':
    case 'nullable':
    case 'exact_optional': {
      if (!node.wrapped) return undefined;
      if (node.default === undefined) {
        const field = fieldOf(node);
        return field && ((v) => passes(field, v));
      }
      // With a default, a missing value becomes that default: only a present one is the same data.
      const inner = compile(node.wrapped);
      if (!inner) return undefined;
      if (node.type === 'nullable') return (v) => v !== null && inner(v);
      if (node.type === 'nullish') return (v) => v !== null && v !== undefined && inner(v);
      return (v) => v !== undefined && inner(v);
    }
    case 'array': {
      const item = node.item && compile(node.item);
      if (!item) return undefined;
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
        return true;
      };
    }
    // valibot keeps the first option that accepts. Where this check is stricter than valibot (objects,
    // arrays and records of them refuse what valibot may copy), a no from an earlier option does not
    // mean valibot's no: a later option's yes then says nothing, and valibot decides.
    case 'union': {
      const options = node.options as Node[] | undefined;
      const checks = options?.map(compile);
      if (!options || !checks || checks.some((o) => !o)) return undefined;
      const exact = options.map((o) => EXACT.has(o.type ?? ''));
      return (v) => {
        for (let i = 0; i < checks.length; i++) {
          if ((checks[i] as Check)(v)) return true;
          if (!exact[i]) return false;
        }
        return false;
      };
    }
    // A discriminated union of objects: valibot keeps the first option that matches, and any
    // option that passes here would give the same data.
    case 'variant': {
      const options = (node.options as Node[] | undefined)?.map(compile);
      if (!options || options.length === 0 || options.some((o) => !o)) return undefined;
      const checks = options as Check[];
      return (v) => isObject(v) && checks.some((c) => c(v));
    }
    case 'record': {
      const value = node.value && compile(node.value);
      const key = node.key && compile(node.key);
      if (!value || !key) return undefined;
      return (v) => {
        if (!isObject(v) || Array.isArray(v)) return false;
        for (const k in v) if (!key(k) || !value(v[k])) return false;
        return true;
      };
    }
    // `object` strips unknown keys: its output is not the input, so valibot handles it.
    case 'loose_object':
    case 'strict_object':
      return compileObject(node);
    default:
      return undefined;
  }
}

/**
 * A field (or any value under an optional, nullable or nullish wrapper), flattened so that a
 * typical entry costs no call: `nullish(string())` is `STRING | NULL_OK | UNDEFINED_OK`. The flags
 * say what a wrapper without a default takes without asking its inner schema; the type and `check`
 * are that inner schema's. Any other schema is CHECKED, by its own `check`.
 */
type Field = { key: string; kind: number; check: Check; required: boolean };
const CHECKED = 0;
const STRING = 1;
const NUMBER = 2;
const BOOLEAN = 3;
const ANY = 4;
const INNER = 5;
const NULL_OK = 8;
const UNDEFINED_OK = 16;
const TYPES = new Map([
  ['string', STRING],
  ['number', NUMBER],
  ['boolean', BOOLEAN],
  ['unknown', ANY],
  ['any', ANY],
]);

/** A schema's field; undefined when it does not compile. */
function fieldOf(entry: Node, key = '', required = false): Field | undefined {
  // With a default, a wrapper fills in a missing value: its own check (compile) handles that.
  // A fallback fills in a missing key too (and an async wrapper is valibot's): compile() refuses both.
  const wrapper =
    WRAPPERS.has(entry.type ?? '') &&
    !entry.pipe &&
    !entry.async &&
    entry.wrapped !== undefined &&
    entry.default === undefined &&
    entry.fallback === undefined;
  const node = wrapper ? (entry.wrapped as Node) : entry;
  const check = compile(node);
  if (!check) return undefined;
  const type = node.pipe ? undefined : TYPES.get(node.type ?? '');
  // exact_optional allows an absent key (the object counts it); a present value goes to its inner schema.
  const flags = !wrapper
    ? 0
    : (entry.type === 'nullable' || entry.type === 'nullish' ? NULL_OK : 0) |
      (entry.type === 'optional' || entry.type === 'nullish' ? UNDEFINED_OK : 0);
  return { key, kind: (type ?? (wrapper ? INNER : CHECKED)) | flags, check, required };
}

/** Whether `x` passes a field: what its schema's check would say (see Field). */
function passes(field: Field, x: unknown): boolean {
  const kind = field.kind;
  if (kind === CHECKED) return field.check(x);
  if (x === null ? kind & NULL_OK : x === undefined && kind & UNDEFINED_OK) return true;
  switch (kind & 7) {
    case STRING:
      return typeof x === 'string';
    case NUMBER:
      return typeof x === 'number' && !Number.isNaN(x);
    case BOOLEAN:
      return typeof x === 'boolean';
    case ANY:
      return true;
    default:
      return field.check(x);
  }
}

// Positions remembered per object schema (see compileObject): a bound, so a hostile object with a
// million keys leaves no million-entry array behind.
const REMEMBERED_KEYS = 64;

/**
 * An object check that walks the value's keys, not the schema's: a ThoughtSpot user declares 47
 * fields and a response usually carries a handful, so the absent optional ones cost nothing.
 * Required keys are counted; an entry whose name `Object.prototype` has (`constructor`) is looked
 * up as valibot does (`key in value`), since walking own keys would miss it.
 * The declared fields met in the last value are remembered by position: the records of a page
 * come from one JSON.parse with the same keys in the same order, so finding a field is mostly one
 * comparison of interned strings. Only the schema's own key strings are kept, never the server's.
 */
function compileObject(node: Node): Check | undefined {
  const byKey = new Map<string, Field>();
  const inherited: [string, Check, boolean][] = [];
  let required = 0;
  for (const [key, entry] of Object.entries(node.entries ?? {})) {
    // An absent key with a default is filled in by valibot: not the same data, so not optional here.
    const optional = OPTIONAL.has(entry.type ?? '') && entry.default === undefined;
    const field = fieldOf(entry, key, !optional);
    if (!field) return undefined;
    if (key in Object.prototype) inherited.push([key, (x) => passes(field, x), optional]);
    else {
      byKey.set(key, field);
      if (!optional) required++;
    }
  }
  const strict = node.type === 'strict_object';
  // The declared fields of the last value, by position (see above).
  const seen: Field[] = [];
  return (v) => {
    if (!isPlain(v)) return false;
    let present = 0;
    let i = -1;
    for (const k in v) {
      i++;
      let field = seen[i];
      if (field?.key !== k) {
        // Own `__proto__`, `constructor` and `prototype` keys are dropped from valibot's copies.
        if (k === '__proto__' || k === 'constructor' || k === 'prototype') return false;
        field = byKey.get(k);
        if (field === undefined) {
          if (strict && !inherited.some((f) => f[0] === k)) return false;
          continue;
        }
        if (i < REMEMBERED_KEYS) seen[i] = field;
      }
      if (!passes(field, v[k])) return false;
      if (field.required) present++;
    }
    if (present !== required) return false;
    for (let i = 0; i < inherited.length; i++) {
      const [key, check, optional] = inherited[i] as [string, Check, boolean];
      // An own key for…in did not see (not enumerable): valibot reads it with `in` and copies it.
      if (Object.hasOwn(v, key) && !Object.prototype.propertyIsEnumerable.call(v, key)) return false;
      if (!(key in v)) {
        if (!optional) return false;
      } else if (!check(v[key])) return false;
    }
    return true;
  };
}

/**
 * A pipe: its schema, then validations run as valibot runs them (an issue means no). A
 * transformation changes the output, so such a pipe is left to valibot; metadata is ignored.
 */
function compilePipe(pipe: Node[]): Check | undefined {
  const [first, ...actions] = pipe;
  const base = first && compile(first);
  if (!base) return undefined;
  const validations: Node[] = [];
  for (const action of actions) {
    if (action.kind === 'metadata') continue;
    if (action.kind !== 'validation' || action.async || typeof action['~run'] !== 'function') return undefined;
    validations.push(action);
  }
  return (v) => {
    if (!base(v)) return false;
    for (let i = 0; i < validations.length; i++) if (validations[i]!['~run']!({ typed: true, value: v }, {}).issues) return false;
    return true;
  };
}
