import type { Locale } from './config'
import en from './messages/en.json'
import es from './messages/es.json'

/** The English catalogue's shape: every other catalogue has exactly these keys (tests/unit/i18n.test.ts). */
export type Messages = typeof en

export const CATALOGUES: Record<Locale, Messages> = { en, es }

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale]
}

/**
 * The namespaces the portal's components read with `useTranslations` (client components among them):
 * only these go to the browser, not the whole catalogue (emails, the public site, the PDF labels stay
 * on the server). tests/unit/client-messages.test.ts fails when a component uses a namespace not listed.
 */
export const CLIENT_NAMESPACES = [
  'appointments',
  'choosePassword',
  'common',
  'consent',
  'diary',
  'errors',
  'followUp',
  'forgotPassword',
  'instructions',
  'language',
  'linkProblem',
  'portal',
  'portalPages',
  'problems',
  'reminders',
  'sessionTimeout',
  'signIn',
  'signInSecurity',
] as const satisfies readonly (keyof Messages)[]

export type ClientNamespace = (typeof CLIENT_NAMESPACES)[number]

export function clientMessages(locale: Locale): Pick<Messages, ClientNamespace> {
  const messages = messagesFor(locale)
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]])) as Pick<Messages, ClientNamespace>
}
