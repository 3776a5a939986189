/** Sign-in errors, shared by the form (client) and the sign-in page (server, for `?error=` in the address). */

/** Same words for an unknown email, a wrong password and a locked account: nothing tells them apart. */
export const SIGN_IN_FAILED_MESSAGE =
  'The email or password is not right, or the account is locked for 15 minutes after too many tries. Check them and try again, or reset your password.'
export const TOO_MANY_ATTEMPTS_MESSAGE = 'Too many attempts from this device. Wait 15 minutes, then try again.'
export const SIGN_IN_UNAVAILABLE_MESSAGE =
  'We could not sign you in just now. Check your internet connection, then try again in a minute.'

export const SECOND_STEP_CODE = 'SecondStepRequired'
export const SECOND_STEP_MESSAGE =
  'Your account asks for a code as well. Enter the 6-digit code your authenticator app shows now, or one of your recovery codes.'

/** The sign-in error to show for next-auth's `error` code. */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null
  if (code === 'TooManyAttempts') return TOO_MANY_ATTEMPTS_MESSAGE
  if (code === 'CredentialsSignin') return SIGN_IN_FAILED_MESSAGE
  if (code === SECOND_STEP_CODE) return SECOND_STEP_MESSAGE
  return SIGN_IN_UNAVAILABLE_MESSAGE
}
