import type { Metadata } from 'next'

import { HomePage, homeMetadata } from '@/components/site/pages/HomePage'

export const revalidate = 300

export function generateMetadata(): Promise<Metadata> {
  return homeMetadata('en')
}

export default function Home() {
  return <HomePage locale="en" />
}
