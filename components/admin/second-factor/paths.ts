import { getSafeRedirect } from 'payload/shared'

export const SECOND_STEP_PATH = '/admin/second-factor'

/** Where to go once signed in: the page the sign-in started from, on this site only. */
export function afterSignIn(redirect: string | string[] | undefined): string {
  return getSafeRedirect({ redirectTo: redirect ?? '', fallbackTo: '/admin' })
}

export function secondStepUrl(redirect: string | string[] | undefined): string {
  const target = afterSignIn(redirect)
  return target === '/admin' ? SECOND_STEP_PATH : `${SECOND_STEP_PATH}?redirect=${encodeURIComponent(target)}`
}
