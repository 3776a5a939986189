import type { Metadata } from 'next'
import Link from 'next/link'

import { FALLBACK_CLINIC } from '../components/portal/clinicDefaults'
import { Footer } from '../components/site/Footer'
import { Header } from '../components/site/Header'
import { NotFoundContent } from '../components/site/NotFoundContent'
import { SkipLink } from '../components/site/SkipLink'
import { DEFAULT_LOCALE, HTML_LANG } from '../lib/i18n/config'
import { translatorFor } from '../lib/i18n/translate'
import { localizedPath } from '../lib/paths'
import type { SiteSetting } from '../payload-types'
import { languageTag } from '../lib/dates'
import { clinicFormatsFrom, FALLBACK_CLINIC_FORMATS } from '../payload/globals/clinicFormats'
import { getSiteSettings } from '../payload/queries/content'
import './(site)/site.css'

/** When the settings cannot be read: the clinic's name and number only, no address to get wrong. */
const FALLBACK_SETTINGS: SiteSetting = {
  id: 0,
  clinicName: FALLBACK_CLINIC.clinicName,
  phone: FALLBACK_CLINIC.phone,
  address: '',
  timeZone: FALLBACK_CLINIC_FORMATS.timeZone,
  dateFormatRegion: FALLBACK_CLINIC_FORMATS.region,
  navigation: [
    { label: 'Home', href: '/' },
    { label: 'Procedures', href: '/procedures' },
    { label: 'FAQ', href: '/faq' },
  ],
}

const english = translatorFor(DEFAULT_LOCALE)
const spanish = translatorFor('es')

async function loadSettings(): Promise<SiteSetting> {
  try {
    return await getSiteSettings()
  } catch {
    // A missing page must still say so when the database is unreachable.
    return FALLBACK_SETTINGS
  }
}

export async function generateMetadata(): Promise<Metadata> {
  const { clinicName } = await loadSettings()
  return { title: `${english('site.notFound')} · ${spanish('site.notFound')} · ${clinicName}`, robots: { index: false } }
}

/**
 * Any address that matches no route at all (the site layout cannot wrap it, so this is a whole page).
 * Its language cannot be known from the address, so it says it in English, then in Spanish.
 */
export default async function GlobalNotFound() {
  const settings = await loadSettings()
  return (
    <html lang={languageTag('en', clinicFormatsFrom(settings).region)}>
      <body>
        <SkipLink />
        <Header settings={settings} />
        <main id="main" tabIndex={-1}>
          <NotFoundContent />
          <section className="not-found" lang={HTML_LANG.es} aria-labelledby="not-found-es">
            <h2 id="not-found-es">{spanish('site.notFound')}</h2>
            <p>{spanish('site.notFoundText')}</p>
            <p>
              <Link href={localizedPath('/', 'es')}>{spanish('site.goHome')}</Link>
            </p>
          </section>
        </main>
        <Footer settings={settings} />
      </body>
    </html>
  )
}
