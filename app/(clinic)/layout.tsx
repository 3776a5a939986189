import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { SkipLink } from '@/components/site/SkipLink'
import { languageTag } from '@/lib/dates'
import { getClinicFormats } from '@/payload/queries/content'
import '../(site)/site.css'
import './clinic.css'

/** Clinical data: rendered per request for the signed-in specialist, never cached. */
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: { default: 'Clinic workspace · Harbour Spine Clinic', template: '%s · Clinic workspace' },
  robots: { index: false, follow: false },
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0e5a66' }

/** The workspace is in English, the clinic's own (en-US or en-GB by the site settings' date format). */
export default async function ClinicLayout({ children }: { children: ReactNode }) {
  const { region } = await getClinicFormats()
  return (
    <html lang={languageTag('en', region)}>
      <body>
        <SkipLink />
        <header className="site-header">
          <div className="site-header__inner">
            <Link href="/clinic" className="site-name">
              Clinic workspace
            </Link>
            <nav aria-label="Clinic" className="site-nav">
              <ul>
                <li>
                  <Link href="/clinic">Review queue</Link>
                </li>
                <li>
                  <Link href="/clinic/outcomes">Outcomes</Link>
                </li>
                <li>
                  <Link href="/admin">CMS admin</Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="clinic-main">
          {children}
        </main>
      </body>
    </html>
  )
}
