import type { Assert, Same as SameShape } from '@acct/core';
import { entity, type JsonValue, jsonValue } from '@acct/core';
import * as v from 'valibot';

/** Where these events are documented (the vendor's generated API docs). */
export const DOCS = 'https://github.com/tarunrazdan/thirdwatch-nodejs/blob/master/docs';

const id = v.pipe(v.string(), v.nonEmpty('Must not be empty'));

// 1e11 ms is 1973-03-03: an earlier `_originTimestamp` is almost surely seconds (1700000000 → 1970).
const MIN_MILLIS = 1e11;

// Unix milliseconds on the wire: plain decimal digits, nothing else ("1e+21" or "-1" would be garbled).
const DIGITS = /^\d+$/;

// A number is sent as its string form: that must be plain digits and the very value given, so the
// number must be a non-negative safe integer (one past 2^53 has already lost its last digits).
const sendable = (n: number) => Number.isSafeInteger(n) && n >= 0 && DIGITS.test(String(n));
const numberProblem = (n: number) =>
  !Number.isInteger(n)
    ? 'Expected a whole number of Unix milliseconds'
    : n < 0
      ? 'Expected Unix milliseconds, not a negative number'
      : 'Expected Unix milliseconds no larger than Number.MAX_SAFE_INTEGER; give a larger value as a string of digits, which is sent as given';

/**
 * Unix milliseconds, sent as a string as Thirdwatch asks: a `Date`, a number or a string of digits.
 * A digit string is sent exactly as given (never through a `number`, which would round one past
 * 2^53 or turn it into exponent form); a number must be a non-negative safe integer, so that its
 * string is the very value given. A value that reads as seconds (before 1973 in milliseconds) is refused.
 */
export const timestamp = v.pipe(
  // Each branch only checks (no transformation), so a refused value gets that branch's own message.
  v.union([
    v.pipe(
      v.date(),
      v.check((d) => !Number.isNaN(d.getTime()), 'Invalid date'),
    ),
    v.pipe(
      v.number(),
      v.check(sendable, (issue) => numberProblem(issue.input)),
    ),
    v.pipe(v.string(), v.regex(DIGITS, 'Expected Unix milliseconds as digits')),
  ]),
  v.transform((t) => (t instanceof Date ? String(t.getTime()) : String(t))),
  // Exact for any digit string, however long: `Number` rounds monotonically and 1e11 is exact.
  v.check(
    (ms) => Number(ms) >= MIN_MILLIS,
    (issue) => `_originTimestamp must be Unix milliseconds; ${String(issue.input)} looks like seconds (a date before 1973)`,
  ),
);

/** Free-form data Thirdwatch stores with the event: any JSON value, sent as given. */
export const customInfo: v.GenericSchema<JsonValue> = jsonValue();

/** Fields every account event carries besides the user id. */
export const eventEntries = {
  _sessionId: v.optional(id),
  _deviceIp: v.optional(v.string()),
  _originTimestamp: v.optional(timestamp),
  _customInfo: v.optional(customInfo),
};

/** What every event can carry; a user id is required as `_userId` (or `_userID`, the doc's spelling). */
export interface ThirdwatchEventFields {
  /** The user's current session ID, used to tie a user's action before and after login or account creation. */
  _sessionId?: string | undefined;
  /** IP address of the request made by the user; recommended for historical backfills and mobile apps. */
  _deviceIp?: string | undefined;
  /**
   * When the event occurred in your system, in Unix **milliseconds**: a `Date`, a number (a safe integer,
   * at most `Number.MAX_SAFE_INTEGER`) or a string of digits, sent exactly as given. Sent as a string; seconds are refused.
   */
  _originTimestamp?: Date | number | string | undefined;
  /** Free-form data stored with the event: any JSON value, sent verbatim. */
  _customInfo?: JsonValue | undefined;
}

/**
 * The user id of an event: `_userId` (the wire field), or `_userID` as the vendor doc spells it —
 * one of the two, never both. The user's account ID in your systems; IDs are case sensitive.
 */
export type ThirdwatchUserId = { _userId: string; _userID?: never } | { _userID: string; _userId?: never };

/**
 * An event body that requires a user id. The wire field is `_userId`; the vendor doc spells it
 * `_userID`, so that spelling is accepted too and sent as `_userId`.
 */
export function eventBody<const E extends v.ObjectEntries>(entries: E) {
  const object = v.strictObject({ ...entries, _userId: v.optional(id), _userID: v.optional(id) });
  type In = v.InferOutput<typeof object>;
  return v.pipe(
    object,
    v.rawTransform<In, Omit<In, '_userID' | '_userId'> & { _userId: string }>(({ dataset, addIssue, NEVER }) => {
      const { _userID, ...rest } = dataset.value as { _userId?: string; _userID?: string };
      const userId = rest._userId ?? _userID;
      if (userId === undefined) {
        addIssue({
          message: 'A user id is required: _userId (the vendor doc spells it _userID; both are accepted)',
          path: [{ type: 'object', origin: 'value', input: dataset.value, key: '_userId', value: undefined }],
        });
        return NEVER;
      }
      if (_userID !== undefined && rest._userId !== undefined && _userID !== rest._userId) {
        addIssue({
          message: '_userId and _userID differ',
          path: [{ type: 'object', origin: 'value', input: dataset.value, key: '_userID', value: _userID }],
        });
        return NEVER;
      }
      return { ...rest, _userId: userId } as Omit<In, '_userID' | '_userId'> & { _userId: string };
    }),
  );
}

const EventObject = v.strictObject(eventEntries);
export type _EventCheck = Assert<SameShape<ThirdwatchEventFields, v.InferInput<typeof EventObject>>>;

/** Schema of `ThirdwatchLogoutRequest`. */
export const LogoutSchema: v.GenericSchema<ThirdwatchLogoutRequest, unknown> = eventBody(eventEntries) as never;

/** The body of `logout`: the user id and the common event fields (the vendor's `Logout` model). */
export type ThirdwatchLogoutRequest = ThirdwatchEventFields & ThirdwatchUserId;

/** A session to tie to a user (the vendor's `LinkSessionToUser` model), besides the user id. */
export interface ThirdwatchLinkSessionFields {
  /** The anonymous session (e.g. a guest checkout) to associate with the user. */
  _sessionId?: string | undefined;
  /** Free-form data stored with the event: any JSON value, sent verbatim. */
  _customInfo?: JsonValue | undefined;
}

/** The body of `linkSessionToUser`. */
export type ThirdwatchLinkSessionRequest = ThirdwatchLinkSessionFields & ThirdwatchUserId;

const linkEntries = { _sessionId: eventEntries._sessionId, _customInfo: eventEntries._customInfo };
export type _LinkCheck = Assert<SameShape<ThirdwatchLinkSessionFields, v.InferInput<v.StrictObjectSchema<typeof linkEntries, undefined>>>>;

/** Schema of `ThirdwatchLinkSessionRequest`. */
export const LinkSessionSchema: v.GenericSchema<ThirdwatchLinkSessionRequest, unknown> = eventBody(linkEntries) as never;

/** Thirdwatch's answer to an event (`EventResponse`). The event was accepted whatever the body says. */
export interface ThirdwatchEventResponse {
  /** The vendor's status text (e.g. `"Success"`); may be absent or `null`. */
  message?: string | null | undefined;
  /** Fields Thirdwatch adds later are kept. */
  [key: string]: unknown;
}

/**
 * `EventResponse`: nothing in it is promised, so `{}`, `{"message": null}` and an empty body all
 * resolve — the 200 already says the event was recorded, and failing it would make a retrying
 * caller record it twice. A body that is not an object (an array, text) still fails.
 */
export const EventResponse: v.GenericSchema<unknown, ThirdwatchEventResponse> = v.optional(entity({}, { message: v.string() }), {});
