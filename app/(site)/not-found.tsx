import type { Metadata } from 'next'

import { NotFoundContent } from '@/components/site/NotFoundContent'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

/** Rendered inside the site layout when a page calls notFound() (e.g. an unknown slug). */
export default function SiteNotFound() {
  return <NotFoundContent />
}
