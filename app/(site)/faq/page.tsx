import type { Metadata } from 'next'

import { FaqPage, faqMetadata } from '@/components/site/pages/FaqPage'

export const revalidate = 300

export function generateMetadata(): Promise<Metadata> {
  return faqMetadata('en')
}

export default function Faq() {
  return <FaqPage locale="en" />
}
