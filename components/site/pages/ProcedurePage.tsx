import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ArticleSections } from '@/components/site/ArticleSections'
import { CardList } from '@/components/site/CardList'
import { illustrationsFor } from '@/components/site/illustrations'
import { pageMetadata } from '@/components/site/metadata'
import { PageHeader } from '@/components/site/PageHeader'
import type { Locale } from '@/lib/i18n/config'
import { translatorFor } from '@/lib/i18n/translate'
import { getFaqsGroupedByProcedure, getProcedureBySlug, getSiteSettings, isPopulated } from '@/payload/queries/content'
import { pageContext, siteWords } from './shared'

export async function procedureMetadata(slug: string, locale: Locale): Promise<Metadata> {
  const { isEnabled: draft } = await draftMode()
  const [procedure, settings] = await Promise.all([getProcedureBySlug(slug, { draft, locale }), getSiteSettings()])
  if (!procedure) return { title: translatorFor(locale)('site.notFound'), robots: { index: false } }
  return pageMetadata({
    title: procedure.meta?.title || procedure.title,
    description: procedure.meta?.description || procedure.summary,
    path: `/procedures/${procedure.slug}`,
    locale,
    clinicName: settings.clinicName,
  })
}

export async function ProcedurePage({ slug, locale }: { slug: string; locale: Locale }) {
  const { draft, t, path } = await pageContext(locale)
  const [procedure, faqGroups] = await Promise.all([getProcedureBySlug(slug, { draft, locale }), getFaqsGroupedByProcedure({ draft, locale })])
  if (!procedure) notFound()
  const conditions = (procedure.relatedConditions ?? []).filter(isPopulated)
  const faqGroup = faqGroups.find((group) => group.key === procedure.slug)
  return (
    <article className="article">
      <PageHeader eyebrow={t('site.procedure')} title={procedure.title} summary={procedure.summary} />
      <ArticleSections
        sections={procedure.sections ?? []}
        illustrations={illustrationsFor('procedures', procedure.slug)}
        reservedIds={['related-conditions', 'related-questions']}
        labels={siteWords(locale)}
      />
      {conditions.length > 0 && (
        <section className="related" aria-labelledby="related-conditions">
          <h2 id="related-conditions">{t('site.relatedConditions')}</h2>
          <CardList
            headingLevel={3}
            cards={conditions.map((condition) => ({ href: path(`/conditions/${condition.slug}`), title: condition.title, text: condition.summary }))}
          />
        </section>
      )}
      {faqGroup && (
        <section className="related" aria-labelledby="related-questions">
          <h2 id="related-questions">{t('site.commonQuestions')}</h2>
          <p>
            <Link href={path(`/faq#${faqGroup.key}`)}>
              {t('site.readQuestions', { count: faqGroup.faqs.length, topic: procedure.title.toLowerCase() })}
            </Link>
          </p>
        </section>
      )}
    </article>
  )
}
