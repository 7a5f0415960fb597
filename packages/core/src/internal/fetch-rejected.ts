/**
 * What fetch rejected with, marked as such (on both paths of `exchange`): it is only ever the cause
 * of a `ConnectionError`, never taken for one of core's own errors. A fetch (a wrapper, another
 * client used as one) may reject with an `AcctError` or a `HookError` that is not this call's, with
 * text this client never redacted.
 */
export class FetchRejected {
  constructor(readonly value: unknown) {}
}
