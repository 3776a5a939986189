import type { Metadata, Viewport } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { getClinicContact } from '@/components/portal/clinic'
import { PortalFooter } from '@/components/portal/PortalFooter'
import { PortalHeader } from '@/components/portal/PortalHeader'
import { languageTag } from '@/lib/dates'
import { getClinicFormats } from '@/payload/queries/content'
import { clientMessages } from '@/lib/i18n/messages'
import { portalPaths } from '@/lib/paths'
import { portalLocale } from '@/payload/i18n/locale'
import { SkipLink } from '@/components/site/SkipLink'
import '../(site)/site.css'
import './portal.css'

/** Every portal response is personal or about an account: rendered per request, `private, no-store`. */
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const [t, clinic] = await Promise.all([getTranslations('portal'), getClinicContact()])
  return {
    title: { default: t('metaTitle', { clinic: clinic.clinicName }), template: t('metaTemplate') },
    ...PORTAL_METADATA,
    appleWebApp: { capable: true, title: t('appName'), statusBarStyle: 'default' },
  }
}

const PORTAL_METADATA: Metadata = {
  robots: { index: false, follow: false },
  // The portal installs as an app (its service worker: components/portal/offline).
  manifest: portalPaths.manifest,
  icons: { apple: portalPaths.icon('192.png') },
  formatDetection: { telephone: false },
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0e5a66',
}

/**
 * Root layout of the patient portal: the public site's look, with the portal's own header and footer,
 * in the patient's language (their record's once signed in, else the visitor's: payload/i18n/locale.ts).
 */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const [clinic, locale, t, formats] = await Promise.all([getClinicContact(), portalLocale(), getTranslations('common'), getClinicFormats()])
  return (
    <html lang={languageTag(locale, formats.region)}>
      <body>
        <NextIntlClientProvider messages={clientMessages(locale)}>
          <SkipLink label={t('skipLink')} />
          <PortalHeader clinicName={clinic.clinicName} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <PortalFooter clinic={clinic} />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
