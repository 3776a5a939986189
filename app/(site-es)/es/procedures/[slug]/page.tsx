import type { Metadata } from 'next'

import { ProcedurePage, procedureMetadata } from '@/components/site/pages/ProcedurePage'
import { listPublishedSlugs } from '@/payload/queries/content'

export const revalidate = 300
export const dynamicParams = true

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  const slugs = await listPublishedSlugs('procedures')
  return slugs.map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return procedureMetadata((await params).slug, 'es')
}

export default async function Procedure({ params }: Props) {
  return <ProcedurePage slug={(await params).slug} locale="es" />
}
