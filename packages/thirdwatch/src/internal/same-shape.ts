/**
 * Compile-time check that a hand-written public interface and its schema's type agree: the same
 * keys, each side assignable to the other. `Assert<SameShape<A, B>>` fails to compile on drift.
 */
export type SameShape<A, B> = [keyof A] extends [keyof B]
  ? [keyof B] extends [keyof A]
    ? [A] extends [B]
      ? [B] extends [A]
        ? true
        : false
      : false
    : false
  : false;

/** Compiles only when `T` is `true`. */
export type Assert<T extends true> = T;
