import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { getClinicContact } from '@/components/portal/clinic'
import { PortalFooter } from '@/components/portal/PortalFooter'
import { PortalHeader } from '@/components/portal/PortalHeader'
import { portalPaths } from '@/lib/paths'
import { SkipLink } from '@/components/site/SkipLink'
import '../(site)/site.css'
import './portal.css'

/** Every portal response is personal or about an account: rendered per request, `private, no-store`. */
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: { default: 'Patient portal · Harbour Spine Clinic', template: '%s · Patient portal' },
  robots: { index: false, follow: false },
  // The portal installs as an app (its service worker: components/portal/offline).
  manifest: portalPaths.manifest,
  appleWebApp: { capable: true, title: 'My clinic', statusBarStyle: 'default' },
  icons: { apple: portalPaths.icon('192.png') },
  formatDetection: { telephone: false },
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0e5a66',
}

/** Root layout of the patient portal: the public site's look, with the portal's own header and footer. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const clinic = await getClinicContact()
  return (
    <html lang="en-GB">
      <body>
        <SkipLink />
        <PortalHeader clinicName={clinic.clinicName} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <PortalFooter clinic={clinic} />
      </body>
    </html>
  )
}
