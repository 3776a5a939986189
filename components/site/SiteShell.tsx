import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import type { ReactNode } from 'react'

import { languageTag } from '@/lib/dates'
import { type Locale } from '@/lib/i18n/config'
import { clinicFormatsFrom } from '@/payload/globals/clinicFormats'
import { translatorFor } from '@/lib/i18n/translate'
import { getPageBySlug, getSiteSettings } from '@/payload/queries/content'
import { Footer } from './Footer'
import { Header } from './Header'
import { SITE_URL } from './metadata'
import { PreviewBanner } from './PreviewBanner'
import { SkipLink } from './SkipLink'

/** The site-wide metadata of the public site in a language (each page adds its own). */
export async function siteMetadata(locale: Locale): Promise<Metadata> {
  const [settings, home] = await Promise.all([getSiteSettings(), getPageBySlug('home', { locale })])
  const t = translatorFor(locale)
  // English names the clinic's region (en_US, en_GB); Spanish keeps its catalogue's.
  const ogLocale = locale === 'en' ? languageTag('en', clinicFormatsFrom(settings).region).replace('-', '_') : t('site.ogLocale')
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: settings.clinicName, template: `%s · ${settings.clinicName}` },
    description: home?.meta?.description || t('site.fallbackDescription'),
    applicationName: settings.clinicName,
    openGraph: { siteName: settings.clinicName, locale: ogLocale, type: 'website' },
    formatDetection: { telephone: false },
  }
}

/**
 * The public site's root layout in a language (app/(site) is English, app/(site-es) Spanish): skip
 * link, header with the language switcher, the page in <main>, footer.
 */
export async function SiteShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [settings, { isEnabled: previewing }] = await Promise.all([getSiteSettings(), draftMode()])
  return (
    <html lang={languageTag(locale, clinicFormatsFrom(settings).region)}>
      {/* id="top": the target of the articles' "Back to top" links. */}
      <body id="top">
        <SkipLink label={translatorFor(locale)('common.skipLink')} />
        <Header settings={settings} locale={locale} banner={previewing ? <PreviewBanner serverURL={SITE_URL} /> : null} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <Footer settings={settings} locale={locale} />
      </body>
    </html>
  )
}
