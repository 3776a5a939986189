import type { Metadata } from 'next'

import { NotFoundContent } from '@/components/site/NotFoundContent'
import { translatorFor } from '@/lib/i18n/translate'

export const metadata: Metadata = { title: translatorFor('es')('site.notFound'), robots: { index: false } }

/** Rendered inside the site layout when a page calls notFound() (e.g. an unknown slug). */
export default function SiteNotFound() {
  return <NotFoundContent locale="es" />
}
