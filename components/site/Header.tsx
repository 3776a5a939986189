import Link from 'next/link'
import type { ReactNode } from 'react'

import type { SiteSetting } from '@/payload-types'
import { SiteLink } from './SiteLink'

type Props = { settings: Pick<SiteSetting, 'clinicName' | 'navigation'>; banner?: ReactNode }

/**
 * Clinic name and the primary navigation, without JavaScript: on a phone two short lines (the menu
 * scrolls sideways, and wraps while a menu link has keyboard focus), on a wider screen one row.
 */
export function Header({ settings, banner }: Props) {
  const navigation = settings.navigation ?? []
  return (
    <header className="site-header">
      {banner}
      <div className="site-header__inner">
        <Link href="/" className="site-name" id="site-name">
          {settings.clinicName}
        </Link>
        {navigation.length > 0 && (
          <nav aria-label="Main" className="site-nav">
            <ul>
              {navigation.map((item, index) => (
                <li key={item.id ?? index}>
                  <SiteLink href={item.href}>{item.label}</SiteLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </header>
  )
}
