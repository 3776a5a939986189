/**
 * What the portal's sign-in security forms can report, in English; the patient reads it through the
 * `problems.signInCode` catalogue messages, whose English is exactly this.
 */
export const SIGN_IN_CODE_PROBLEMS = {
  appCode: 'Enter the 6-digit code from your authenticator app.',
  eitherCode: 'Enter the 6-digit code from your authenticator app, or one of your recovery codes.',
  checkCode: 'Check the code and try again.',
  wrongCode: 'That code is not right, or it has already been used. Enter the code your authenticator app shows now.',
  tooManyTries: 'Too many wrong codes. Wait 15 minutes, then try again.',
  alreadyOn: 'Your account already asks for a code from your authenticator app.',
  notOn: 'Your account does not ask for a code at the moment.',
  startAgain: 'Start again: choose “Turn on” to get a new key.',
  signedOut: 'Your session has ended. Sign in again to continue.',
} as const
