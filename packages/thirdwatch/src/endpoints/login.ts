import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { DOCS, EventResponse, eventBody, eventEntries } from '../schemas/event';

/** `login`: records a login attempt and whether it succeeded. */
export const login = defineEndpoint({
  operation: 'login',
  method: 'POST',
  path: '/v1/login',
  body: eventBody({ ...eventEntries, _loginStatus: v.optional(v.picklist(['_success', '_failure'])) }),
  response: EventResponse,
  idempotent: false,
  summary: 'Use login to record when a user attempts to log in.',
  docs: `${DOCS}/LoginApi.md`,
});
