import type { Metadata, Viewport } from 'next'
import { draftMode } from 'next/headers'
import type { ReactNode } from 'react'

import { Footer } from '@/components/site/Footer'
import { Header } from '@/components/site/Header'
import { SITE_URL } from '@/components/site/metadata'
import { PreviewBanner } from '@/components/site/PreviewBanner'
import { SkipLink } from '@/components/site/SkipLink'
import { getPageBySlug, getSiteSettings } from '@/payload/queries/content'
import './site.css'

const FALLBACK_DESCRIPTION =
  'Plain-language information about neck and back pain, medial branch blocks and radiofrequency ablation.'

export async function generateMetadata(): Promise<Metadata> {
  const [settings, home] = await Promise.all([getSiteSettings(), getPageBySlug('home')])
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: settings.clinicName, template: `%s · ${settings.clinicName}` },
    description: home?.meta?.description || FALLBACK_DESCRIPTION,
    applicationName: settings.clinicName,
    openGraph: { siteName: settings.clinicName, locale: 'en_GB', type: 'website' },
    formatDetection: { telephone: false },
  }
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0e5a66',
}

/** Root layout of the public site: skip link, header, the page in <main>, footer. */
export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [settings, { isEnabled: previewing }] = await Promise.all([getSiteSettings(), draftMode()])
  return (
    <html lang="en-GB">
      {/* id="top": the target of the articles' "Back to top" links. */}
      <body id="top">
        <SkipLink />
        <Header settings={settings} banner={previewing ? <PreviewBanner serverURL={SITE_URL} /> : null} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <Footer settings={settings} />
      </body>
    </html>
  )
}
