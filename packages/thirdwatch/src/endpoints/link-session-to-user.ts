import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { customInfo, DOCS, EventResponse, eventBody } from '../schemas/event';

/** `link_session_to_user`: ties an anonymous session (e.g. a guest checkout) to a user. */
export const linkSessionToUser = defineEndpoint({
  operation: 'linkSessionToUser',
  method: 'POST',
  path: '/v1/link_session_to_user',
  body: eventBody({ _sessionId: v.optional(v.pipe(v.string(), v.nonEmpty())), _customInfo: v.optional(customInfo) }),
  response: EventResponse,
  idempotent: false,
  summary: 'Use link_session_to_user to associate specific session to a user. Generally used only in anonymous checkout workflows.',
  docs: `${DOCS}/LinkSessionToUserApi.md`,
});
