import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteShell, siteMetadata } from '@/components/site/SiteShell'
import '../(site)/site.css'

export function generateMetadata(): Promise<Metadata> {
  return siteMetadata('es')
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0e5a66',
}

/** Root layout of the public site in Spanish, under /es (English: app/(site)). */
export default function SpanishSiteLayout({ children }: { children: ReactNode }) {
  return <SiteShell locale="es">{children}</SiteShell>
}
