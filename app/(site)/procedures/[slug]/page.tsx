import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ArticleSections } from '@/components/site/ArticleSections'
import { CardList } from '@/components/site/CardList'
import { illustrationsFor } from '@/components/site/illustrations'
import { pageMetadata } from '@/components/site/metadata'
import { PageHeader } from '@/components/site/PageHeader'
import {
  getFaqsGroupedByProcedure,
  getProcedureBySlug,
  getSiteSettings,
  isPopulated,
  listPublishedSlugs,
} from '@/payload/queries/content'

export const revalidate = 300
export const dynamicParams = true

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  const slugs = await listPublishedSlugs('procedures')
  return slugs.map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const { isEnabled: draft } = await draftMode()
  const [procedure, settings] = await Promise.all([getProcedureBySlug(slug, { draft }), getSiteSettings()])
  if (!procedure) return { title: 'Page not found', robots: { index: false } }
  return pageMetadata({
    title: procedure.meta?.title || procedure.title,
    description: procedure.meta?.description || procedure.summary,
    path: `/procedures/${procedure.slug}`,
    clinicName: settings.clinicName,
  })
}

export default async function ProcedurePage({ params }: Props) {
  const { slug } = await params
  const { isEnabled: draft } = await draftMode()
  const [procedure, faqGroups] = await Promise.all([getProcedureBySlug(slug, { draft }), getFaqsGroupedByProcedure({ draft })])
  if (!procedure) notFound()
  const conditions = (procedure.relatedConditions ?? []).filter(isPopulated)
  const faqGroup = faqGroups.find((group) => group.key === procedure.slug)
  return (
    <article className="article">
      <PageHeader eyebrow="Procedure" title={procedure.title} summary={procedure.summary} />
      <ArticleSections
        sections={procedure.sections ?? []}
        illustrations={illustrationsFor('procedures', procedure.slug)}
        reservedIds={['related-conditions', 'related-questions']}
      />
      {conditions.length > 0 && (
        <section className="related" aria-labelledby="related-conditions">
          <h2 id="related-conditions">Related conditions</h2>
          <CardList
            headingLevel={3}
            cards={conditions.map((condition) => ({
              href: `/conditions/${condition.slug}`,
              title: condition.title,
              text: condition.summary,
            }))}
          />
        </section>
      )}
      {faqGroup && (
        <section className="related" aria-labelledby="related-questions">
          <h2 id="related-questions">Common questions</h2>
          <p>
            <Link href={`/faq#${faqGroup.key}`}>
              Read {faqGroup.faqs.length === 1 ? 'a common question' : `${faqGroup.faqs.length} common questions`} about{' '}
              {procedure.title.toLowerCase()}
            </Link>
          </p>
        </section>
      )}
    </article>
  )
}
