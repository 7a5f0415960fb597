import { defineEndpoint } from '@acct/core';
import { errorDetails, errorMessage } from '../errors';
import { docs } from '../schemas/common';

/**
 * ThoughtSpot answers "no such user" with a 400 whose body has code 10002, not a 404; the same code
 * also means "already exists" or an invalid value, so the message must say the user was not found.
 */
export function userNotFound({ status, body }: { status: number; body: unknown }): boolean {
  if (status === 404) return true;
  if (status !== 400 || errorDetails(body)?.code !== 10002) return false;
  return /not\s*found|does\s*not\s*exist|doesn't\s*exist/i.test(errorMessage(body) ?? '');
}

/** `POST /api/rest/2.0/users/{user_identifier}/delete`: deletes a user; no body, 204. */
export const deleteUser = defineEndpoint({
  operation: 'deleteUser',
  // ThoughtSpot deletes with POST, not DELETE, and the doc sends no body ("Content-Type: Not defined").
  method: 'POST',
  path: '/api/rest/2.0/users/{user_identifier}/delete',
  call: (userIdentifier: string) => ({ params: { user_identifier: userIdentifier } }),
  success: [204],
  idempotent: true,
  // A retry after a lost response finds the user gone: that resolves (the first attempt deleted it).
  // On a first attempt the same answer stays a BadRequestError with `code` 10002.
  gone: userNotFound,
  summary: 'Deletes a user from the ThoughtSpot system.',
  docs: docs('users%2Fdelete-user'),
});
