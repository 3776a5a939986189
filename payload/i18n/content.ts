import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config'

/**
 * Local API options for CMS content in a language, each field the clinic has not translated falling
 * back to English. Payload ignores both while localization is off in the config, and its generated
 * types then allow neither, hence the untyped result (the values still go through).
 */
export function inLocale(locale: Locale): object {
  return { locale, fallbackLocale: DEFAULT_LOCALE }
}
