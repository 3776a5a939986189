import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteShell, siteMetadata } from '@/components/site/SiteShell'
import './site.css'

export function generateMetadata(): Promise<Metadata> {
  return siteMetadata('en')
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0e5a66',
}

/** Root layout of the public site in English (Spanish: app/(site-es)). */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteShell locale="en">{children}</SiteShell>
}
