import { defineEndpoint } from '@acct/core';
import { DOCS, EventResponse, eventBody, eventEntries } from '../schemas/event';

/** `logout`: records that a user logged out. */
export const logout = defineEndpoint({
  operation: 'logout',
  method: 'POST',
  path: '/v1/logout',
  body: eventBody(eventEntries),
  response: EventResponse,
  idempotent: false,
  summary: 'Use logout to record when a user logs out.',
  docs: `${DOCS}/LogoutApi.md`,
});
