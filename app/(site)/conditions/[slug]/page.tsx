import type { Metadata } from 'next'

import { ConditionPage, conditionMetadata } from '@/components/site/pages/ConditionPage'
import { listPublishedSlugs } from '@/payload/queries/content'

export const revalidate = 300
export const dynamicParams = true

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  const slugs = await listPublishedSlugs('conditions')
  return slugs.map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return conditionMetadata((await params).slug, 'en')
}

export default async function Condition({ params }: Props) {
  return <ConditionPage slug={(await params).slug} locale="en" />
}
