/**
 * Compile-time checks that a hand-written public interface (which carries the vendor's field docs)
 * and the schema it describes cannot drift apart: a field added, dropped, made optional or retyped
 * on one side only fails `tsc`.
 */

// Index signatures aside (a loose schema's output has `[key: string]: unknown`): the documented fields.
type Known<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/** `true` when `A` and `B` have exactly the same fields, modifiers and field types. */
export type Same<A, B> = (<T>() => T extends Known<A> ? 1 : 2) extends <T>() => T extends Known<B> ? 1 : 2 ? true : false;

/** Compiles only when given `true`: `type _ = Assert<Same<IamUser, v.InferOutput<typeof HumanUser>>>`. */
export type Assert<T extends true> = T;
