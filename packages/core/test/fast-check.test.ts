import { isDeepStrictEqual } from 'node:util';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fastCheck } from '../src/internal/fast-check';
import { entity, jsonValue, openEnum } from '../src/schema';

const User = entity(
  { id: v.string(), name: v.string() },
  {
    email: v.string(),
    age: v.number(),
    active: v.boolean(),
    kind: openEnum(['A', 'B']),
    level: v.picklist(['low', 'high']),
    tags: v.array(v.looseObject({ id: v.string(), label: v.nullish(v.string()) })),
    extra: jsonValue(),
    map: v.record(v.string(), v.number()),
    either: v.union([v.string(), v.number()]),
    strict: v.strictObject({ a: v.literal(1) }),
  },
);
const Human = entity({ user_type: v.literal('Human'), id: v.string() }, { name: v.string() });
const Machine = entity({ user_type: v.literal('Machine'), id: v.string() }, { label: v.string(), age: v.number() });
const isJsonObject = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);
const schemas = {
  User,
  // IAM's current user: a discriminated union of entities.
  variant: v.variant('user_type', [Human, Machine]),
  // A free-form JSON object field (IAM's interface_config).
  custom: v.looseObject({ id: v.string(), map: v.nullish(v.custom<object>(isJsonObject)) }),
  // Thirdwatch's open enums (a pattern check) and validations in a pipe, with metadata.
  pipes: v.looseObject({
    id: v.string(),
    ev: openEnum(['_login'], { pattern: /^_/ }),
    age: v.pipe(v.number(), v.minValue(0), v.description('years')),
  }),
  // Defaults fill in what is missing: only a present value is the same data.
  defaults: v.looseObject({ id: v.string(), level: v.optional(v.string(), 'low'), age: v.nullish(v.number(), 0) }),
  topDefault: v.optional(entity({}, { name: v.string() }), {}),
  list: v.array(User),
  nullable: v.looseObject({ id: v.string(), age: v.nullable(v.number()), either: v.optional(v.union([v.string(), v.number()])) }),
};

// Values around a valid user: each field set to a value of every JSON kind, or removed.
const kinds: unknown[] = [
  null,
  undefined,
  'x',
  'A',
  'low',
  'Human',
  'Machine',
  '_new',
  0,
  -1,
  Number.NaN,
  1.5,
  true,
  [],
  [{}],
  [{ id: 'g' }],
  {},
  { a: 1 },
  { a: 2 },
  { x: 1 },
  { k: 'v' },
];
const base = {
  id: 'u1',
  name: 'Ann',
  email: 'a@b.c',
  age: 3,
  active: true,
  kind: 'Z',
  level: 'low',
  tags: [{ id: 't', label: null }],
  extra: [1],
  map: { a: 1 },
  either: 2,
  strict: { a: 1 },
  unknown: { kept: true },
  user_type: 'Human',
  ev: '_login',
};
function* variants(): Generator<unknown> {
  yield base;
  for (const key of Object.keys(base)) {
    for (const k of kinds) yield { ...base, [key]: k };
    const { [key as keyof typeof base]: _gone, ...rest } = base;
    yield rest;
  }
  for (const k of kinds) yield k;
}

describe('compiled response check', () => {
  it('compiles the schemas the vendors declare (entity, open enums, arrays, records, unions)', () => {
    for (const s of Object.values(schemas)) expect(fastCheck(s)).toBeTypeOf('function');
  });

  it.each(Object.entries(schemas))('%s: accepts only what valibot accepts, and then valibot outputs the same data', (_name, schema) => {
    let accepted = 0;
    for (const value of variants()) {
      const input = Array.isArray(value) || _name !== 'list' ? value : [value];
      const fast = fastCheck(schema)!(input);
      const slow = v.safeParse(schema, input);
      if (fast) {
        accepted++;
        expect(slow.success).toBe(true);
        expect(slow.output).toEqual(input);
      }
      // Where valibot says no, the fast path must say no too (it is never more lenient).
      if (!slow.success) expect(fast).toBe(false);
    }
    expect(accepted).toBeGreaterThan(10);
  });

  it('leaves transforms, stripping objects and dates to valibot; compiles pipes of checks', () => {
    expect(fastCheck(v.object({ a: v.optional(v.string(), 'dflt') }))).toBeUndefined();
    expect(fastCheck(v.pipe(v.string(), v.minLength(2)))?.('ab')).toBe(true);
    expect(fastCheck(v.pipe(v.string(), v.minLength(2)))?.('a')).toBe(false);
    expect(fastCheck(v.optional(v.string(), 'dflt'))?.(undefined)).toBe(false);
    expect(fastCheck(v.looseObject({ a: v.optional(v.string(), 'dflt') }))?.({})).toBe(false);
    expect(
      fastCheck(
        v.pipe(
          v.string(),
          v.transform((s) => s.length),
        ),
      ),
    ).toBeUndefined();
    expect(fastCheck(v.object({ d: v.date() }))).toBeUndefined();
  });
});

describe('object checks walk the value, and agree with valibot on every key', () => {
  const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}`, v.nullish(v.string())]));
  const cases: [string, v.GenericSchema, unknown[]][] = [
    // Schema fields named like Object.prototype's: valibot reads them with `in`, inherited ones included.
    [
      'inherited names',
      v.looseObject({ id: v.string(), toString: v.optional(v.string()), constructor: v.optional(v.string()) }),
      [{ id: '1' }, { id: '1', toString: 'x' }, { id: '1', toString: 1 }],
    ],
    [
      'strict',
      v.strictObject({ id: v.string(), a: v.optional(v.number()) }),
      [{ id: '1' }, { id: '1', a: 1 }, { id: '1', b: 1 }, { a: 1 }, { id: 1 }],
    ],
    [
      'many optional fields, few present',
      v.looseObject({ id: v.string(), name: v.string(), ...many }),
      [
        { id: '1', name: 'n' },
        { id: '1', name: 'n', f3: 'x', f39: null },
        { id: '1', f3: 'x' },
        { name: 'n', id: '1', f7: 7 },
        { id: '1', name: 'n', other: 1 },
      ],
    ],
  ];
  it.each(cases)('%s', (_name, schema, values) => {
    for (const value of values) {
      const fast = fastCheck(schema)!(value);
      const slow = v.safeParse(schema, value);
      expect(fast, JSON.stringify(value)).toBe(slow.success);
      if (fast) expect(slow.output).toEqual(value);
    }
  });
});

describe('the fast path says yes only when valibot would give back the same data', () => {
  // Whenever the fast path accepts, valibot must accept and output a deep copy equal to the input.
  const agrees = (schema: v.GenericSchema, value: unknown) => {
    const fast = fastCheck(schema)!(value);
    const slow = v.safeParse(schema, value);
    if (fast) {
      expect(slow.success).toBe(true);
      expect(slow.output).toStrictEqual(value);
    }
    if (!slow.success) expect(fast).toBe(false);
    return fast;
  };

  it('an exact optional key may be absent, never present as undefined', () => {
    const schema = v.strictObject({ id: v.string(), a: v.exactOptional(v.string()) });
    expect(agrees(schema, { id: '1' })).toBe(true);
    expect(agrees(schema, { id: '1', a: 'x' })).toBe(true);
    expect(agrees(schema, { id: '1', a: undefined })).toBe(false);
    expect(agrees(v.exactOptional(v.string()), undefined)).toBe(false);
  });

  it('own constructor / prototype keys (which valibot drops from its copy) go to valibot', () => {
    const loose = v.looseObject({ ok: v.string() });
    const record = v.record(v.string(), v.string());
    for (const key of ['constructor', 'prototype']) {
      expect(agrees(loose, { ok: 'k', [key]: 'evil' })).toBe(false);
      expect(agrees(record, { ok: 'k', [key]: 'evil' })).toBe(false);
    }
    expect(agrees(record, { ok: 'k' })).toBe(true);
  });

  it('nothing takes the fast path while Object.prototype has an enumerable key', () => {
    const schema = v.looseObject({ name: v.string() });
    expect(agrees(schema, { name: 'n' })).toBe(true);
    // biome-ignore lint/suspicious/noExplicitAny: polluting on purpose, removed below
    (Object.prototype as any).name = 'polluted';
    try {
      expect(agrees(schema, {})).toBe(false);
      expect(agrees(schema, { name: 'n' })).toBe(false);
    } finally {
      // biome-ignore lint/suspicious/noExplicitAny: cleanup
      delete (Object.prototype as any).name;
    }
    expect(agrees(schema, { name: 'n' })).toBe(true);
  });
});

describe('entity refuses arrays', () => {
  it('an array is not an entity, through valibot and through the fast path', () => {
    const schema = entity({ id: v.string() }, { name: v.string() });
    expect(v.safeParse(schema, [{ id: '1' }]).success).toBe(false);
    expect(v.safeParse(v.array(schema), [[]]).success).toBe(false);
    expect(fastCheck(schema)!([{ id: '1' }])).toBe(false);
    expect(v.safeParse(schema, { id: '1', extra: [1] }).output).toEqual({ id: '1', extra: [1] });
  });
});

describe('object fields are checked as their wrappers would check them', () => {
  // Each wrapper around each inner kind, against every kind of value, present and absent: the
  // flattened field must never say yes where valibot says no, and must agree where valibot copies.
  const isNull = (x: unknown) => x === null;
  const inners: [string, () => v.GenericSchema][] = [
    ['string', () => v.string()],
    ['number', () => v.number()],
    ['boolean', () => v.boolean()],
    ['unknown', () => v.unknown()],
    ['any', () => v.any()],
    ['array', () => v.array(v.string())],
    ['object', () => v.looseObject({ a: v.string() })],
    ['custom taking null', () => v.custom<unknown>(isNull)],
    ['pipe', () => v.pipe(v.string(), v.minLength(2))],
    ['nullable(optional)', () => v.nullable(v.optional(v.string()))],
    ['literal null', () => v.null()],
  ];
  const wrappers: [string, (s: v.GenericSchema) => v.GenericSchema][] = [
    ['bare', (s) => s],
    ['optional', (s) => v.optional(s)],
    ['nullable', (s) => v.nullable(s)],
    ['nullish', (s) => v.nullish(s)],
    ['exactOptional', (s) => v.exactOptional(s)],
    ['optional with default', (s) => v.optional(s, 'd')],
    ['nullable with default', (s) => v.nullable(s, 'd')],
    [
      'piped optional',
      (s) =>
        v.pipe(
          v.optional(s),
          v.check(() => true),
        ),
    ],
  ];
  const values: unknown[] = [null, undefined, 'x', 'xy', '', 0, Number.NaN, true, [], ['a'], [1], {}, { a: 'b' }, { a: 1 }];
  for (const [wrapperName, wrap] of wrappers) {
    it(`${wrapperName}(…)`, () => {
      let accepted = 0;
      for (const [innerName, inner] of inners) {
        const schema = v.looseObject({ id: v.string(), f: wrap(inner()) });
        const check = fastCheck(schema);
        if (!check) continue;
        for (const value of [{ id: '1' }, ...values.map((f) => ({ id: '1', f }))]) {
          const fast = check(value);
          const slow = v.safeParse(schema, value);
          const what = `${wrapperName}(${innerName}) ${JSON.stringify(value)} (${String((value as { f?: unknown }).f)})`;
          if (fast) {
            accepted++;
            expect(slow.success, what).toBe(true);
            expect(slow.output, what).toStrictEqual(value);
          } else if (slow.success && wrapperName !== 'optional with default' && wrapperName !== 'nullable with default') {
            // Without a default, valibot's copy is the value itself: the fast path must not send it there needlessly.
            const copied = isDeepStrictEqual(slow.output, value);
            expect(copied && innerName !== 'nullable(optional)', `${what}: refused though valibot keeps it`).toBe(false);
          }
        }
      }
      expect(accepted).toBeGreaterThan(5);
    });
  }
});

describe('an object check remembers the last value’s fields by position, and is never misled by it', () => {
  const schema = v.looseObject({ id: v.string(), a: v.optional(v.number()), b: v.nullish(v.string()), prototype: v.optional(v.string()) });
  const strict = v.strictObject({ id: v.string(), a: v.optional(v.number()), b: v.nullish(v.string()) });
  const pool: Record<string, unknown>[] = [
    { id: '1', a: 1, b: 'x' },
    { a: 1, id: '1', b: 'x' },
    { b: 'x', a: 1, id: '1' },
    { id: '1', b: null },
    { id: '1', a: 'one', b: 'x' },
    { id: '1', a: 1, b: 2 },
    { id: '1', extra: true, a: 1 },
    { extra: true, id: '1' },
    { a: 1, b: 'x' },
    { id: 1, a: 1, b: 'x' },
    { id: '1', a: 1, constructor: 'x' },
    { id: '1', a: 1, prototype: 'x' },
    JSON.parse('{"id":"1","a":1,"__proto__":"x"}'),
    Object.fromEntries([['id', '1'], ...Array.from({ length: 100 }, (_, i) => [`k${i}`, i]), ['a', 1], ['b', 'late']]),
    Object.fromEntries([['id', '1'], ...Array.from({ length: 100 }, (_, i) => [`k${i}`, i]), ['a', 'bad']]),
  ];
  it('in any order of values (seeded shuffles), agrees with valibot on every one', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    let accepted = 0;
    for (let round = 0; round < 200; round++) {
      const value = pool[Math.floor(random() * pool.length)]!;
      for (const s of [schema, strict]) {
        const fast = fastCheck(s)!(value);
        const slow = v.safeParse(s, value);
        // A yes means valibot gives the same data (its copy may order keys differently; the value's order is kept);
        // a no is always safe (valibot decides), and is the answer for an own `prototype` key, which valibot keeps when declared.
        if (fast) expect(slow.success && isDeepStrictEqual(slow.output, value), `${round}: ${JSON.stringify(value)}`).toBe(true);
        else
          expect(
            slow.success && isDeepStrictEqual(slow.output, value) && !Object.hasOwn(value, 'prototype'),
            `${round}: ${JSON.stringify(value)}`,
          ).toBe(false);
        if (fast) accepted++;
      }
    }
    expect(accepted).toBeGreaterThan(50);
  });
});

describe('review findings: the fast path defers wherever valibot would give different data', () => {
  // A yes is only allowed where valibot succeeds with the same data.
  const sameOrDeferred = (schema: v.GenericSchema, value: unknown) => {
    const fast = fastCheck(schema)?.(value) ?? false;
    const slow = v.safeParse(schema, value);
    if (fast) expect(slow.success && isDeepStrictEqual(slow.output, value), JSON.stringify(value)).toBe(true);
    return { fast, slow };
  };

  it('a fallback on a field fills in a missing key: never a yes for a value without it', () => {
    for (const wrap of [v.optional, v.nullish, v.nullable, v.exactOptional] as ((s: v.GenericSchema) => v.GenericSchema)[]) {
      const schema = v.looseObject({ id: v.string(), role: v.fallback(wrap(v.string()), 'member') });
      const { slow } = sameOrDeferred(schema, { id: '1' });
      expect(slow.output).toMatchObject({ role: 'member' });
      sameOrDeferred(v.array(schema), [{ id: '1', role: 'admin' }, { id: '2' }]);
    }
  });

  it('a union keeps its first accepting option: a later yes after an object option’s no defers', () => {
    const schema = v.union([v.looseObject({}), v.any()]);
    const { slow } = sameOrDeferred(schema, ['x']);
    expect(slow.output).toEqual({ 0: 'x' });
    sameOrDeferred(schema, JSON.parse('{"__proto__":1}'));
    // Options this check decides exactly still take the fast path in any order.
    const exact = v.union([v.string(), v.number(), v.null(), v.looseObject({ a: v.string() })]);
    for (const value of ['s', 1, null, { a: 'x' }]) expect(sameOrDeferred(exact, value).fast, JSON.stringify(value)).toBe(true);
  });

  it('an own, non-enumerable key the schema declares under an Object.prototype name defers', () => {
    const schema = v.looseObject({ a: v.string(), constructor: v.optional(v.number()) });
    const value = { a: 'x' };
    Object.defineProperty(value, 'constructor', { value: 5, enumerable: false });
    expect(sameOrDeferred(schema, value).fast).toBe(false);
    expect(v.safeParse(schema, value).output).toEqual({ a: 'x', constructor: 5 });
  });
});
