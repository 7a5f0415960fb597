// Compile-time only: ties each hand-written public interface to the schema that checks it, so the
// two cannot drift. `Known` drops the index signature a loose object adds (unknown fields).
type Known<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** `true` when A and B have the same named fields, each assignable both ways (optionality included). */
export type Same<A, B> = Mutual<Known<A>, Known<B>> extends true ? Mutual<keyof Known<A>, keyof Known<B>> : false;

/** Fails to compile unless its argument is `true`: `export type _ = Assert<Same<A, B>>`. */
export type Assert<T extends true> = T;
