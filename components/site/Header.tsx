import Link from 'next/link'
import type { ReactNode } from 'react'

import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config'
import { translatorFor } from '@/lib/i18n/translate'
import { localizedPath } from '@/lib/paths'
import type { SiteSetting } from '@/payload-types'
import { LanguageSwitcher } from './LanguageSwitcher'
import { SiteLink } from './SiteLink'

type Props = { settings: Pick<SiteSetting, 'clinicName' | 'navigation'>; banner?: ReactNode; locale?: Locale }

/**
 * Clinic name and the primary navigation, without JavaScript: on a phone two short lines (the menu
 * scrolls sideways, and wraps while a menu link has keyboard focus), on a wider screen one row.
 */
export function Header({ settings, banner, locale = DEFAULT_LOCALE }: Props) {
  const navigation = settings.navigation ?? []
  const t = translatorFor(locale)
  return (
    <header className="site-header">
      {banner}
      <div className="site-header__inner">
        <Link href={localizedPath('/', locale)} className="site-name" id="site-name">
          {settings.clinicName}
        </Link>
        <LanguageSwitcher locale={locale} label={t('site.languages')} />
        {navigation.length > 0 && (
          <nav aria-label={t('site.mainNav')} className="site-nav">
            <ul>
              {navigation.map((item, index) => (
                <li key={item.id ?? index}>
                  <SiteLink href={item.href.startsWith('/') ? localizedPath(item.href, locale) : item.href}>{item.label}</SiteLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </header>
  )
}
