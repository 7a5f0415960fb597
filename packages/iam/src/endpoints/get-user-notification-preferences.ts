import { defineEndpoint } from '@acct/core';
import { DOCS } from '../docs';
import { NotificationConfig } from '../schemas/notification-config';

/** `get_user_notification_preferences`: the human user's in-app and e-mail notification switches. */
export const getUserNotificationPreferences = defineEndpoint({
  operation: 'getUserNotificationPreferences',
  method: 'GET',
  path: '/users/me/notification-preferences/',
  response: NotificationConfig,
  idempotent: true,
  summary: 'Get user notification preferences.',
  docs: `${DOCS}#get_user_notification_preferences`,
});
