/** Diary reminders: when they go, what they say, the patient's choices. Framework-free. See README.md. */
export type { QuietHours } from './quiet-hours'
export { outsideQuietHours, quietHoursEndAfter } from './quiet-hours'
export type { PlannedReminder, ReminderTiming } from './schedule'
export { DEFAULT_REMINDER_TIMING, planReminders } from './schedule'
export type { ReminderChannel, ReminderMessage } from './message'
export { CHANNEL_LABELS, CLINIC_NAME, REMINDER_CHANNELS, reminderMessage } from './message'
export type { ReminderNotification, ReminderPushData } from './notification'
export { REMINDER_NOTIFICATION_TAG, notificationFromPush, notificationUrl, reminderPushPayload } from './notification'
export type { PushSubscriptionInput, ReminderPreferences, ReminderPreferencesInput } from './preferences'
export {
  DEFAULT_REMINDER_PREFERENCES,
  normaliseMobile,
  pushSubscriptionSchema,
  pushUnsubscribeSchema,
  reminderPreferencesSchema,
} from './preferences'
export type { FollowUpPointToRemind } from './followUp'
export { planFollowUpReminders, questionnaireReminderMessage } from './followUp'
