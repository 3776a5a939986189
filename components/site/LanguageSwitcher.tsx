'use client'

import { usePathname } from 'next/navigation'

import { DEFAULT_LOCALE, HTML_LANG, LOCALE_NAMES, LOCALES, type Locale } from '@/lib/i18n/config'
import { localizedPath } from '@/lib/paths'

/** The English path of a public address: "/es/faq" is "/faq", "/es" is "/". */
export function pathWithoutLocale(pathname: string): string {
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue
    if (pathname === `/${locale}`) return '/'
    if (pathname.startsWith(`/${locale}/`)) return pathname.slice(locale.length + 1)
  }
  return pathname
}

/**
 * The same page in the other languages, each link named in its own language (and marked with it, so
 * a screen reader pronounces it right). A plain link: each language has its own root layout.
 */
export function LanguageSwitcher({ locale, label }: { locale: Locale; label: string }) {
  const path = pathWithoutLocale(usePathname() ?? '/')
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {LOCALES.filter((other) => other !== locale).map((other) => (
          <li key={other}>
            <a href={localizedPath(path, other)} hrefLang={HTML_LANG[other]} lang={HTML_LANG[other]}>
              {LOCALE_NAMES[other]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
