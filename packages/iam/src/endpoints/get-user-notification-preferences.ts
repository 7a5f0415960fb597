import { defineEndpoint } from '@acct/core';
import { DOCS } from '../docs';
import { NotificationConfig } from '../schemas/notification-config';

/** The `getUserNotificationPreferences` operation; its JSDoc is the client method's (kept multi-line so it survives into the .d.ts). */
export const getUserNotificationPreferencesOperation = {
  /**
   * `GET /users/me/notification-preferences/`: the human user's in-app and e-mail notification switches.
   */
  getUserNotificationPreferences: defineEndpoint({
    operation: 'getUserNotificationPreferences',
    method: 'GET',
    path: '/users/me/notification-preferences/',
    response: NotificationConfig,
    idempotent: true,
    summary: 'Get user notification preferences.',
    docs: `${DOCS}#get_user_notification_preferences`,
  }),
};
