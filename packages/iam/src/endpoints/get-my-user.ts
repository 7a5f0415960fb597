import { defineEndpoint } from '@acct/core';
import * as v from 'valibot';
import { DOCS } from '../docs';
import { HumanUser, ServiceAccount } from '../schemas/user';

/** `ResponseGetMyUser`: a `User` or a `ServiceAccount`, told apart by `user_type`. */
export const CurrentUser = v.variant('user_type', [HumanUser, ServiceAccount]);

/** `get_my_user`: the authenticated user, human (`Human`) or service account (`Machine`). */
export const getMyUser = defineEndpoint({
  operation: 'getMyUser',
  method: 'GET',
  path: '/users/me/',
  response: CurrentUser,
  idempotent: true,
  summary: 'Get my user.',
  docs: `${DOCS}#get_my_user`,
});
