import type { Metadata } from 'next'

import { DEFAULT_LOCALE, HTML_LANG, LOCALES, type Locale } from '@/lib/i18n/config'
import { translatorFor } from '@/lib/i18n/translate'
import { localizedPath } from '@/lib/paths'
import { serverUrl } from '@/payload/env'

export const SITE_URL = serverUrl()

type PageMetadataInput = {
  /** Shown in the tab and search results; the layout's template appends the clinic name. */
  title: string
  description?: string | null
  /** Site path of the page in English, e.g. /procedures/medial-branch-block. */
  path: string
  /** The page's language: its canonical address is in it, and it names its versions in the others. */
  locale?: Locale
  clinicName: string
  type?: 'article' | 'website'
  /** Use the title as it is, without the clinic-name template (the home page). */
  absoluteTitle?: boolean
}

/**
 * The page's address in every language, for `hreflang` (each version names all of them and itself),
 * with English as the choice for any other language (x-default).
 */
export function languageAlternates(path: string): Record<string, string> {
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((locale) => [HTML_LANG[locale], localizedPath(path, locale)]))
  return { ...languages, 'x-default': localizedPath(path, DEFAULT_LOCALE) }
}

/** Title, description, canonical address, its versions in the other languages, and Open Graph of one public page. */
export function pageMetadata({ title, description, path, locale = DEFAULT_LOCALE, clinicName, type = 'article', absoluteTitle = false }: PageMetadataInput): Metadata {
  const url = localizedPath(path, locale)
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description: description ?? undefined,
    alternates: { canonical: url, languages: languageAlternates(path) },
    openGraph: {
      title,
      description: description ?? undefined,
      type,
      url,
      siteName: clinicName,
      locale: translatorFor(locale)('site.ogLocale'),
    },
  }
}
