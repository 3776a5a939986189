import type { Locale } from './config'
import en from './messages/en.json'
import es from './messages/es.json'

/** The English catalogue's shape: every other catalogue has exactly these keys (tests/unit/i18n.test.ts). */
export type Messages = typeof en

export const CATALOGUES: Record<Locale, Messages> = { en, es }

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale]
}
