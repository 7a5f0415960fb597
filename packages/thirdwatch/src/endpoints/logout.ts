import { defineEndpoint } from '@acct/core';
import { DOCS, EventResponse, LogoutSchema, type ThirdwatchLogoutRequest } from '../schemas/event';

/** `POST /v1/logout`: records that a user logged out. */
export const logout = defineEndpoint({
  operation: 'logout',
  method: 'POST',
  path: '/v1/logout',
  call: (body: ThirdwatchLogoutRequest) => ({ body }),
  body: LogoutSchema,
  response: EventResponse,
  idempotent: false,
  summary: 'Use logout to record when a user logs out.',
  docs: `${DOCS}/LogoutApi.md`,
});
