import { defineEndpoint } from '@acct/core';
import { docs } from '../schemas/common';

/** `POST /api/rest/2.0/users/{user_identifier}/delete`: deletes a user; no body, 204. */
export const deleteUser = defineEndpoint({
  operation: 'deleteUser',
  // ThoughtSpot deletes with POST, not DELETE, and the doc sends no body ("Content-Type: Not defined").
  method: 'POST',
  path: '/api/rest/2.0/users/{user_identifier}/delete',
  success: [204],
  idempotent: true,
  summary: 'Deletes a user from the ThoughtSpot system.',
  docs: docs('users%2Fdelete-user'),
});
