import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config'

/**
 * Local API options for CMS content in a language, each field the clinic has not translated falling
 * back to English. Payload ignores both while localization is off in the config; its generated types
 * then allow no fallback locale, hence the narrower type (the value still goes through).
 */
export function inLocale(locale: Locale): { locale: Locale } {
  return { locale, fallbackLocale: DEFAULT_LOCALE } as { locale: Locale }
}
