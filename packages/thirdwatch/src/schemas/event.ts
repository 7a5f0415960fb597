import * as v from 'valibot';

/** Where these events are documented (the vendor's generated API docs). */
export const DOCS = 'https://github.com/tarunrazdan/thirdwatch-nodejs/blob/master/docs';

const id = v.pipe(v.string(), v.nonEmpty('Must not be empty'));

/**
 * Unix milliseconds, sent as a string as Thirdwatch asks: a `Date`, a number or a numeric string.
 */
export const timestamp = v.pipe(
  v.union([
    v.pipe(
      v.date(),
      v.check((d) => !Number.isNaN(d.getTime()), 'Invalid date'),
      v.transform((d) => d.getTime()),
    ),
    v.pipe(v.number(), v.integer(), v.minValue(0)),
    v.pipe(v.string(), v.regex(/^\d+$/, 'Expected Unix milliseconds as digits')),
  ]),
  v.transform(String),
);

/** Free-form data Thirdwatch stores with the event. */
export const customInfo = v.record(v.string(), v.unknown());

/** A `_success` / `_failure` / `_pending` verification status. */
export const confirmation = v.picklist(['_success', '_failure', '_pending']);

/** Fields every account event carries besides the user id. */
export const eventEntries = {
  _sessionId: v.optional(id),
  _deviceIp: v.optional(v.string()),
  _originTimestamp: v.optional(timestamp),
  _customInfo: v.optional(customInfo),
};

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

/** `EventResponse`: Thirdwatch's answer to every event (errors carry the same shape). */
export const EventResponse = v.looseObject({ message: v.string() });

/** A body type whose user id is `_userId` or, as in the vendor doc, `_userID`. */
export type WithUserId<T> = Omit<T, '_userId' | '_userID'> & ({ _userId: string; _userID?: never } | { _userID: string; _userId?: never });
