import { HTML_LANG, LOCALE_NAMES, LOCALES, type Locale } from '@/lib/i18n/config'

/**
 * Before sign-in, the page in the other languages: `?lang=` makes this device's portal pages speak it
 * (proxy.ts) until the patient signs in, when their record's language takes over.
 */
export function PortalLanguageLinks({ locale, path }: { locale: Locale; path: string }) {
  return (
    <p className="portal-language-links">
      {LOCALES.filter((other) => other !== locale).map((other) => (
        <a key={other} href={`${path}?lang=${other}`} hrefLang={HTML_LANG[other]} lang={HTML_LANG[other]}>
          {LOCALE_NAMES[other]}
        </a>
      ))}
    </p>
  )
}
