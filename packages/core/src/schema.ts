import * as v from 'valibot';

/**
 * A response enum that also accepts values the vendor adds later: known values autocomplete,
 * unknown ones pass through as strings instead of failing the whole response.
 */
export function openEnum<const T extends readonly string[]>(
  values: T,
): v.GenericSchema<T[number] | (string & {}), T[number] | (string & {})> {
  return v.union([v.picklist(values), v.string()]) as v.GenericSchema<T[number] | (string & {})>;
}
