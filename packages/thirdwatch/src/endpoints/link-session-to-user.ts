import { defineEndpoint } from '@acct/core';
import { DOCS, EventResponse, LinkSessionSchema, type ThirdwatchLinkSessionRequest } from '../schemas/event';

/** `POST /v1/link_session_to_user`: ties an anonymous session (e.g. a guest checkout) to a user. */
export const linkSessionToUser = defineEndpoint({
  operation: 'linkSessionToUser',
  method: 'POST',
  path: '/v1/link_session_to_user',
  call: (body: ThirdwatchLinkSessionRequest) => ({ body }),
  body: LinkSessionSchema,
  response: EventResponse,
  idempotent: false,
  summary: 'Use link_session_to_user to associate specific session to a user. Generally used only in anonymous checkout workflows.',
  docs: `${DOCS}/LinkSessionToUserApi.md`,
});
