import { createTranslator } from 'next-intl'

import type { Locale } from './config'
import { messagesFor } from './messages'

/**
 * The catalogue's wording outside React (endpoints, emails, reminders, the calendar file), with ICU
 * plurals, dates and numbers in the locale. Same keys and checks as `useTranslations`.
 */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale) })
}
