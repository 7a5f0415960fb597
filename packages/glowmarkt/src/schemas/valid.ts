import type { Assert, Same } from '@acct/core';
import { entity } from '@acct/core';
import * as v from 'valibot';

/** `{ valid }`: the answer of the mobile-token, email, name and password calls. */
export interface GlowmarktValid {
  /** `true` when the change was made; the spec does not promise the field, so it may be absent or `null`. */
  valid?: boolean | null | undefined;
  /** Fields the spec does not list yet are kept as received. */
  [field: string]: unknown;
}

const valid = entity({}, { valid: v.boolean() });

/** Reads `{ valid }`; an empty object passes, a non-boolean `valid` is refused. */
export const IsValidRes: v.GenericSchema<unknown, GlowmarktValid> = valid;

/** Compile-time proof that `GlowmarktValid` and its schema describe the same fields. */
export type ValidTypesMatch = Assert<Same<GlowmarktValid, v.InferOutput<typeof valid>>>;
