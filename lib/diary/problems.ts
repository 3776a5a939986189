/**
 * The problems the diary's forms and endpoints report, in English. The patient reads them in their
 * language through the `problems.diary` catalogue messages, whose English is exactly this
 * (tests/unit/i18n.test.ts).
 */
export const DIARY_PROBLEMS = {
  painScore: 'Choose a pain score from 0 to 10.',
  relief: 'Relief must be a whole percentage from 0 to 100.',
  timePoint: 'This diary time point is not recognised. Reload the page and try again.',
  activityWords: 'Describe the activity in words.',
  activityLong: 'Keep the activity to 200 characters or fewer.',
  medicinesWords: 'Describe the medicines in words.',
  medicinesLong: 'Keep the medicines to 500 characters or fewer.',
  answerId: 'This answer has no valid identifier. Reload the page and try again.',
  answerTime: 'The time of this answer is not valid. Reload the page and try again.',
  noAnswers: 'There are no answers to save.',
  blockTime: 'Enter the time as hours and minutes on the 24-hour clock, for example 14:30.',
  blockTimeAhead: 'That time is still to come. Enter the time your block was given.',
  blockTimeFirst: 'Record the time of your block before you answer the questions after it.',
  submitted: 'This diary has been submitted, so it can no longer change.',
  appointmentNotFound: 'That appointment was not found.',
  cancelled: 'This appointment was cancelled, so it has no diary.',
  signedOut: 'Your session has ended. Sign in again to continue.',
  onlyPatient: 'Only the patient can fill in their diary.',
  saveFailed: 'Something went wrong while saving. Your answers are kept; try again in a moment.',
  answerFirst: 'Answer at least one question before you submit your diary.',
  blockTimeBeforeSubmit: 'Record the time of your block before you submit your diary.',
  unavailable: 'The clinic’s server cannot save right now. Your answers are kept; it tries again in a moment.',
  refused: 'The clinic’s server refused this. Reload the page and try again.',
  blockTimeOffline: 'The time could not be sent: check your internet connection and try again.',
  blockTimeSignedOut: 'Your session has ended. Sign in again to record the time.',
  notAllSent: 'Some answers are only on this device so far. Connect to the internet, wait until they are saved, then submit.',
  submitOffline: 'Your diary could not be submitted just now: check your internet connection and try again.',
  submitSignedOut: 'Your session has ended. Sign in again to submit your diary.',
} as const
