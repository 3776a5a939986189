import type { Metadata } from 'next'

import { ListingPage, listingMetadata } from '@/components/site/pages/ListingPage'

export const revalidate = 300

export function generateMetadata(): Promise<Metadata> {
  return listingMetadata('conditions', 'en')
}

export default function ConditionsIndexPage() {
  return <ListingPage kind="conditions" locale="en" />
}
