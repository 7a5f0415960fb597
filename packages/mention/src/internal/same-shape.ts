/** `T` without its index signature (`[key: string]: unknown`), so only the named fields are compared. */
export type Known<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/**
 * Compile-time check that a hand-written public interface and its schema's type agree: the same
 * named keys, each side assignable to the other. `Assert<SameShape<A, B>>` fails to compile on drift.
 */
export type SameShape<A, B> = [keyof Known<A>] extends [keyof Known<B>]
  ? [keyof Known<B>] extends [keyof Known<A>]
    ? [Known<A>] extends [Known<B>]
      ? [Known<B>] extends [Known<A>]
        ? true
        : false
      : false
    : false
  : false;

/** Compiles only when `T` is `true`. */
export type Assert<T extends true> = T;
