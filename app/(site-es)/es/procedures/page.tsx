import type { Metadata } from 'next'

import { ListingPage, listingMetadata } from '@/components/site/pages/ListingPage'

export const revalidate = 300

export function generateMetadata(): Promise<Metadata> {
  return listingMetadata('procedures', 'es')
}

export default function ProceduresIndexPage() {
  return <ListingPage kind="procedures" locale="es" />
}
