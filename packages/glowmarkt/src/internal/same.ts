/**
 * Compile-time drift checks between a named public type and the schema that reads it: `Same<A, B>`
 * is `true` only when both describe the same fields with the same types, and `Assert` fails `tsc`
 * otherwise. Types only: nothing of this reaches the bundle.
 */

// Flattened a few levels deep, so a nested named interface equals the schema's nested intersection;
// the bound stops at recursive types (`JsonValue`), which are then compared as they are.
type Flat<T, Depth extends unknown[] = []> = Depth['length'] extends 4
  ? T
  : T extends object
    ? { [K in keyof T]: Flat<T[K], [...Depth, unknown]> }
    : T;

/** `true` when `A` and `B` are the same type once flattened (an interface vs a valibot intersection). */
export type Same<A, B> = (<T>() => T extends Flat<A> ? 1 : 2) extends <T>() => T extends Flat<B> ? 1 : 2 ? true : false;

/** Fails type-checking unless `T` is `true`: `export type _Check = Assert<Same<Named, v.InferOutput<typeof schema>>>`. */
export type Assert<T extends true> = T;
