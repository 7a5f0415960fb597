import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { APP_KEYS_SCHEME } from '../auth';
import { DOCS } from '../docs';

/** `POST /account` (`addAccount`): adds an account in this application for an existing Glow user. */
export const addAccount = defineEndpoint({
  operation: 'addAccount',
  method: 'POST',
  path: '/account',
  body: v.strictObject({ username: v.string(), directoryId: v.string() }),
  response: v.looseObject({
    accountId: v.optional(v.string()),
    applicationId: v.optional(v.string()),
    status: v.optional(v.string()),
    userId: v.optional(v.string()),
  }),
  auth: APP_KEYS_SCHEME,
  idempotent: false,
  summary: 'Add an account to an existing user.',
  docs: `${DOCS}/Account/addAccount`,
});
