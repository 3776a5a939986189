/** Sign-in errors, shared by the form (client) and the sign-in page (server, for `?error=` in the address). */

export const SECOND_STEP_CODE = 'SecondStepRequired'

/** The catalogue keys (lib/i18n `signIn.*`) of the sign-in errors. */
export type SignInErrorKey = 'failed' | 'tooMany' | 'secondStep' | 'unavailable'

/**
 * The sign-in error to show for next-auth's `error` code, as a catalogue key. An unknown email, a wrong
 * password and a locked account have the same words: nothing tells them apart.
 */
export function signInErrorKey(code: string | null | undefined): SignInErrorKey | null {
  if (!code) return null
  if (code === 'TooManyAttempts') return 'tooMany'
  if (code === 'CredentialsSignin') return 'failed'
  if (code === SECOND_STEP_CODE) return 'secondStep'
  return 'unavailable'
}
