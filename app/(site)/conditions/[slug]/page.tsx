import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ArticleSections } from '@/components/site/ArticleSections'
import { CardList } from '@/components/site/CardList'
import { illustrationsFor } from '@/components/site/illustrations'
import { pageMetadata } from '@/components/site/metadata'
import { PageHeader } from '@/components/site/PageHeader'
import { getConditionBySlug, getSiteSettings, isPopulated, listPublishedSlugs } from '@/payload/queries/content'

export const revalidate = 300
export const dynamicParams = true

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  const slugs = await listPublishedSlugs('conditions')
  return slugs.map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const { isEnabled: draft } = await draftMode()
  const [condition, settings] = await Promise.all([getConditionBySlug(slug, { draft }), getSiteSettings()])
  if (!condition) return { title: 'Page not found', robots: { index: false } }
  return pageMetadata({
    title: condition.meta?.title || condition.title,
    description: condition.meta?.description || condition.summary,
    path: `/conditions/${condition.slug}`,
    clinicName: settings.clinicName,
  })
}

export default async function ConditionPage({ params }: Props) {
  const { slug } = await params
  const { isEnabled: draft } = await draftMode()
  const condition = await getConditionBySlug(slug, { draft })
  if (!condition) notFound()
  const procedures = (condition.relatedProcedures ?? []).filter(isPopulated)
  return (
    <article className="article">
      <PageHeader eyebrow="Condition" title={condition.title} summary={condition.summary} />
      <ArticleSections
        sections={condition.sections ?? []}
        illustrations={illustrationsFor('conditions', condition.slug)}
        reservedIds={['related-procedures', 'related-questions']}
      />
      {procedures.length > 0 && (
        <section className="related" aria-labelledby="related-procedures">
          <h2 id="related-procedures">Related procedures</h2>
          <CardList
            headingLevel={3}
            cards={procedures.map((procedure) => ({
              href: `/procedures/${procedure.slug}`,
              title: procedure.title,
              text: procedure.summary,
            }))}
          />
        </section>
      )}
      <section className="related" aria-labelledby="related-questions">
        <h2 id="related-questions">Common questions</h2>
        <p>
          <Link href="/faq">Read answers to common questions about tests and treatment</Link>
        </p>
      </section>
    </article>
  )
}
