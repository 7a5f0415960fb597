import * as v from 'valibot';

const notArray = v.custom<unknown>(
  (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
  'Expected an object but received an array or a non-object',
);

/**
 * An object schema that also refuses an array: valibot's object schemas accept arrays (and core's
 * `entity()` inherits that), so the envelope's shape is checked here first.
 */
export function objectOnly<S extends v.GenericSchema>(schema: S): v.GenericSchema<unknown, v.InferOutput<S>> {
  return v.pipe(notArray, schema as v.GenericSchema) as v.GenericSchema<unknown, v.InferOutput<S>>;
}
