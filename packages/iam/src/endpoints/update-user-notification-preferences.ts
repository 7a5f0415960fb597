import { defineEndpoint } from '@acct/core';
import { DOCS } from '../docs';
import { NotificationConfig, NotificationConfigInput } from '../schemas/notification-config';

/** The `updateUserNotificationPreferences` operation; its JSDoc is the client method's (kept multi-line so it survives into the .d.ts). */
export const updateUserNotificationPreferencesOperation = {
  /**
   * `PUT /users/me/notification-preferences/`: replaces the human user's notification switches and returns them.
   */
  updateUserNotificationPreferences: defineEndpoint({
    operation: 'updateUserNotificationPreferences',
    method: 'PUT',
    path: '/users/me/notification-preferences/',
    body: NotificationConfigInput,
    response: NotificationConfig,
    idempotent: true,
    summary: 'Update user notification preferences.',
    docs: `${DOCS}#update_user_notification_preferences`,
  }),
};
