/**
 * The languages patients can read everything in. Adding one is: its code here, its name in
 * LOCALE_NAMES, its catalogue in ./messages (the unit test fails until every key is translated).
 */
export const LOCALES = ['en', 'es'] as const
export type Locale = (typeof LOCALES)[number]

/** The clinic's own language: the public site without a prefix, and the fallback for missing content. */
export const DEFAULT_LOCALE: Locale = 'en'

/** Each language named in itself, as a patient looks for it in a switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' }

/**
 * Each language's BCP 47 tag where the clinic's region does not matter: a language link, an `hreflang`,
 * an email. A page's own `<html lang>` names the region's English ("en-US", "en-GB"): `languageTag`
 * in lib/dates, with the region from site settings.
 */
export const HTML_LANG: Record<Locale, string> = { en: 'en', es: 'es' }

/** The cookie that remembers a visitor's language before they sign in to the portal. */
export const LOCALE_COOKIE = 'NEXT_LOCALE'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** A stored or requested value as a locale we have; anything else falls back to the clinic's own. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE
}

/**
 * The first language of an Accept-Language header that we have, by the browser's own order of
 * preference ("es-MX,es;q=0.9,en;q=0.8" is Spanish), or null when none matches.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='))
      const quality = q ? Number(q.slice(2)) : 1
      return { language: tag.trim().toLowerCase().split('-')[0], quality: Number.isFinite(quality) ? quality : 0, index }
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  return ranked.map((entry) => entry.language).find(isLocale) ?? null
}
