import { type JsonValue, jsonValue } from '@acct/core';
import * as v from 'valibot';

/**
 * What a 202 Accepted operation resolves to: the vendor types the body as an untyped `object`, so
 * it is any JSON value as sent, or `undefined` when the body is empty.
 */
export type IamAccepted = JsonValue | undefined;

/** The body of a 202: never refused (the server already acted), kept as sent. */
export const Accepted: v.GenericSchema<unknown, IamAccepted> = v.optional(jsonValue());
