import { defineEndpoint } from '@acct/core';
import { DOCS } from '../docs';
import { NotificationConfig, NotificationConfigInput } from '../schemas/notification-config';

/** `update_user_notification_preferences`: replaces the human user's notification switches. */
export const updateUserNotificationPreferences = defineEndpoint({
  operation: 'updateUserNotificationPreferences',
  method: 'PUT',
  path: '/users/me/notification-preferences/',
  body: NotificationConfigInput,
  response: NotificationConfig,
  idempotent: true,
  summary: 'Update user notification preferences.',
  docs: `${DOCS}#update_user_notification_preferences`,
});
