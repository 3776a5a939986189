/**
 * The problems the reminder choices form and its server action report, in English; the patient reads
 * them through the `problems.reminders` catalogue messages, whose English is exactly this.
 */
export const REMINDER_PROBLEMS = {
  time: 'Enter a time as hours and minutes on the 24-hour clock, for example 22:00.',
  mobileLong: 'That number is too long.',
  mobileFormat: 'Enter a mobile number with its country code, for example +44 7700 900123.',
  mobileMissing: 'Enter the mobile number for text messages, or untick text messages.',
  checkMarked: 'Check the answers marked below.',
  noSms: 'The clinic does not send text messages yet. Choose email or notifications.',
  signedOut: 'Your session has ended. Sign in again to continue.',
} as const
