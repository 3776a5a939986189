import type { Metadata } from 'next'

import { Footer } from '../components/site/Footer'
import { Header } from '../components/site/Header'
import { NotFoundContent } from '../components/site/NotFoundContent'
import { SkipLink } from '../components/site/SkipLink'
import type { SiteSetting } from '../payload-types'
import { languageTag } from '../lib/dates'
import { clinicFormatsFrom, FALLBACK_CLINIC_FORMATS } from '../payload/globals/clinicFormats'
import { getSiteSettings } from '../payload/queries/content'
import './(site)/site.css'

const FALLBACK_SETTINGS: SiteSetting = {
  id: 0,
  clinicName: 'Harbour Spine Clinic',
  phone: '(617) 555-0142',
  address: '200 Atlantic Avenue, Suite 300, Boston, MA 02110',
  timeZone: FALLBACK_CLINIC_FORMATS.timeZone,
  dateFormatRegion: FALLBACK_CLINIC_FORMATS.region,
  navigation: [
    { label: 'Home', href: '/' },
    { label: 'Procedures', href: '/procedures' },
    { label: 'FAQ', href: '/faq' },
  ],
}

export const metadata: Metadata = {
  title: 'Page not found · Harbour Spine Clinic',
  robots: { index: false },
}

async function loadSettings(): Promise<SiteSetting> {
  try {
    return await getSiteSettings()
  } catch {
    // A missing page must still say so when the database is unreachable.
    return FALLBACK_SETTINGS
  }
}

/** Any address that matches no route at all (the site layout cannot wrap it, so this is a whole page). */
export default async function GlobalNotFound() {
  const settings = await loadSettings()
  return (
    <html lang={languageTag('en', clinicFormatsFrom(settings).region)}>
      <body>
        <SkipLink />
        <Header settings={settings} />
        <main id="main" tabIndex={-1}>
          <NotFoundContent />
        </main>
        <Footer settings={settings} />
      </body>
    </html>
  )
}
