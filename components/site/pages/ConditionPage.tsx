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
import { getConditionBySlug, getSiteSettings, isPopulated } from '@/payload/queries/content'
import { pageContext, siteWords } from './shared'

export async function conditionMetadata(slug: string, locale: Locale): Promise<Metadata> {
  const { isEnabled: draft } = await draftMode()
  const [condition, settings] = await Promise.all([getConditionBySlug(slug, { draft, locale }), getSiteSettings()])
  if (!condition) return { title: translatorFor(locale)('site.notFound'), robots: { index: false } }
  return pageMetadata({
    title: condition.meta?.title || condition.title,
    description: condition.meta?.description || condition.summary,
    path: `/conditions/${condition.slug}`,
    locale,
    clinicName: settings.clinicName,
  })
}

export async function ConditionPage({ slug, locale }: { slug: string; locale: Locale }) {
  const { draft, t, path } = await pageContext(locale)
  const condition = await getConditionBySlug(slug, { draft, locale })
  if (!condition) notFound()
  const procedures = (condition.relatedProcedures ?? []).filter(isPopulated)
  return (
    <article className="article">
      <PageHeader eyebrow={t('site.condition')} title={condition.title} summary={condition.summary} />
      <ArticleSections
        sections={condition.sections ?? []}
        illustrations={illustrationsFor('conditions', condition.slug)}
        reservedIds={['related-procedures', 'related-questions']}
        labels={siteWords(locale)}
      />
      {procedures.length > 0 && (
        <section className="related" aria-labelledby="related-procedures">
          <h2 id="related-procedures">{t('site.relatedProcedures')}</h2>
          <CardList
            headingLevel={3}
            cards={procedures.map((procedure) => ({ href: path(`/procedures/${procedure.slug}`), title: procedure.title, text: procedure.summary }))}
          />
        </section>
      )}
      <section className="related" aria-labelledby="related-questions">
        <h2 id="related-questions">{t('site.commonQuestions')}</h2>
        <p>
          <Link href={path('/faq')}>{t('site.readAnswers')}</Link>
        </p>
      </section>
    </article>
  )
}
