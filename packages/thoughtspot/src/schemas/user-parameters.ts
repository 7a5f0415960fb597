import type { Assert, Same } from '@acct/core';
import * as v from 'valibot';
import { identifier } from './common';

/** A Worksheet or Model the attribute applies to: its GUID, or its name with `type: 'LOGICAL_TABLE'`. */
export interface ThoughtSpotUserObject {
  /** Unique name or GUID of the object. */
  identifier: string;
  /** `LOGICAL_TABLE`; required when `identifier` is a name. */
  type?: 'LOGICAL_TABLE' | null;
}

/** Operators of a runtime filter; the vendor adds some with new releases, so any string is sent. */
export type RuntimeFilterOperator =
  | 'EQ' | 'NE' | 'LT' | 'LE' | 'GT' | 'GE' | 'IN' | 'BW' | 'BW_INC' | 'BW_INC_MAX' | 'BW_INC_MIN'
  | 'CONTAINS' | 'BEGINS_WITH' | 'ENDS_WITH' | (string & {}); // biome-ignore format: one list

/** A runtime filter set on the user's session (ABAC): `Country IN [Germany, Australia]`. */
export interface ThoughtSpotRuntimeFilter {
  /** The ThoughtSpot column name (not the database column's). */
  column_name: string;
  /** The filter's values. */
  values: string[];
  /** `EQ`, `IN`, `BW_INC`, … */
  operator: RuntimeFilterOperator;
  /** Keep the filter on the user's profile for later sessions and scheduled reports. Since 9.12.0.cl. */
  persist?: boolean | null;
  /** The objects it applies to (default: every object with that column). */
  objects?: ThoughtSpotUserObject[] | null;
}

/** A runtime sort order (applies to 10.3.0.cl and earlier). */
export interface ThoughtSpotRuntimeSort {
  /** The ThoughtSpot column name. */
  column_name?: string;
  /** `ASC` or `DESC`. */
  order?: 'ASC' | 'DESC';
  /** Keep the sort on the user's profile. */
  persist?: boolean;
  /** The objects it applies to. */
  objects?: ThoughtSpotUserObject[];
}

/** A value bound to a Worksheet or Model parameter by name. */
export interface ThoughtSpotRuntimeParameter {
  /** The parameter's name. */
  name: string;
  /** Its values. */
  values: string[];
  /** Keep the value on the user's profile. Since 9.12.0.cl. */
  persist?: boolean | null;
  /** The objects it applies to. */
  objects?: ThoughtSpotUserObject[] | null;
}

/** `user_parameters` of a login (the vendor's `UserParameterOptions`): ABAC attributes for the token's session. */
export interface ThoughtSpotUserParameters {
  /** The objects all the attributes apply to. */
  objects?: ThoughtSpotUserObject[];
  /** Runtime filters. */
  runtime_filters?: ThoughtSpotRuntimeFilter[];
  /** Runtime sorts (10.3.0.cl and earlier). */
  runtime_sorts?: ThoughtSpotRuntimeSort[];
  /** Parameter values. */
  parameters?: ThoughtSpotRuntimeParameter[];
}

const objects = v.array(v.strictObject({ identifier, type: v.optional(v.nullable(v.literal('LOGICAL_TABLE'))) }));
const values = v.array(v.string());
const schema = v.strictObject({
  objects: v.optional(objects),
  runtime_filters: v.optional(
    v.array(
      v.strictObject({
        column_name: identifier,
        values,
        operator: identifier,
        persist: v.optional(v.nullable(v.boolean())),
        objects: v.optional(v.nullable(objects)),
      }),
    ),
  ),
  runtime_sorts: v.optional(
    v.array(
      v.strictObject({
        column_name: v.optional(identifier),
        order: v.optional(v.picklist(['ASC', 'DESC'])),
        persist: v.optional(v.boolean()),
        objects: v.optional(objects),
      }),
    ),
  ),
  parameters: v.optional(
    v.array(
      v.strictObject({
        name: identifier,
        values,
        persist: v.optional(v.nullable(v.boolean())),
        objects: v.optional(v.nullable(objects)),
      }),
    ),
  ),
});
export type UserParametersCheck = Assert<Same<ThoughtSpotUserParameters, v.InferInput<typeof schema>>>;

/** Checks `user_parameters` (strict keys: a typo is refused, not silently ignored by the cluster). */
export const UserParametersSchema: v.GenericSchema<ThoughtSpotUserParameters> = schema as v.GenericSchema<ThoughtSpotUserParameters>;
