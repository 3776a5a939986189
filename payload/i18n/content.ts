import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config'

/** Local API options for CMS content in a language, each field the clinic has not translated falling back to English. */
export function inLocale(locale: Locale): { locale: Locale; fallbackLocale: Locale } {
  return { locale, fallbackLocale: DEFAULT_LOCALE }
}
