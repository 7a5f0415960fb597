import { defineEndpoint } from '@acct/core';
import { LoginSchema, type ThirdwatchLoginRequest } from '../schemas/account';
import { DOCS, EventResponse } from '../schemas/event';

/** `POST /v1/login`: records a login attempt and whether it succeeded (`_loginStatus`). */
export const login = defineEndpoint({
  operation: 'login',
  method: 'POST',
  path: '/v1/login',
  call: (body: ThirdwatchLoginRequest) => ({ body }),
  body: LoginSchema,
  response: EventResponse,
  idempotent: false,
  summary: 'Use login to record when a user attempts to log in.',
  docs: `${DOCS}/LoginApi.md`,
});
