import * as v from 'valibot';

/** `{ valid }`: the answer of the mobile-token, email, name and password calls. */
export const IsValidRes = v.looseObject({ valid: v.optional(v.boolean()) });
