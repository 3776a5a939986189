import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Metadata } from 'next'
import Link from 'next/link'

import { JsonLd } from '@/components/site/JsonLd'
import { pageMetadata } from '@/components/site/metadata'
import { PageHeader } from '@/components/site/PageHeader'
import { LAYOUT_IDS, uniqueIds } from '@/components/site/paths'
import { RichText } from '@/components/site/RichText'
import { TableOfContents } from '@/components/site/TableOfContents'
import type { Locale } from '@/lib/i18n/config'
import { translatorFor } from '@/lib/i18n/translate'
import type { Faq } from '@/payload-types'
import { type FaqGroup, getFaqsGroupedByProcedure, getSiteSettings } from '@/payload/queries/content'
import { pageContext } from './shared'

export async function faqMetadata(locale: Locale): Promise<Metadata> {
  const settings = await getSiteSettings()
  const t = translatorFor(locale)
  return pageMetadata({ title: t('site.commonQuestions'), description: t('site.faqDescription'), path: '/faq', locale, clinicName: settings.clinicName })
}

/** FAQPage structured data: every question once, its answer as plain text. */
function faqStructuredData(groups: FaqGroup[]) {
  const seen = new Map<number, Faq>()
  for (const group of groups) for (const faq of group.faqs) seen.set(faq.id, faq)
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: [...seen.values()].map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: {
        '@type': 'Answer',
        text: convertLexicalToPlaintext({ data: faq.answer as unknown as SerializedEditorState }).trim(),
      },
    })),
  }
}

export async function FaqPage({ locale }: { locale: Locale }) {
  const { draft, t, path } = await pageContext(locale)
  const groups = await getFaqsGroupedByProcedure({ draft, locale })
  const groupTitle = (group: FaqGroup) => (group.procedure ? group.procedure.title : t('site.otherQuestions'))
  // Group anchors are the procedure slugs, so procedure pages can link to /faq#<slug>.
  const groupIds = uniqueIds(
    groups.map((group) => group.key),
    LAYOUT_IDS,
  )
  return (
    <>
      <PageHeader title={t('site.commonQuestions')} summary={t('site.faqSummary')} />
      {groups.length === 0 ? (
        <p>{t('site.noFaqs')}</p>
      ) : (
        <>
          <TableOfContents title={t('site.questionsAbout')} items={groups.map((group, index) => ({ id: groupIds[index], label: groupTitle(group) }))} />
          {groups.map((group, index) => (
            <section key={group.key} className="faq-group" aria-labelledby={groupIds[index]}>
              <h2 id={groupIds[index]}>{groupTitle(group)}</h2>
              {group.faqs.map((faq) => (
                <div key={faq.id} className="faq">
                  <h3 id={`${groupIds[index]}-q${faq.id}`}>{faq.question}</h3>
                  <RichText data={faq.answer} headingLevel={4} />
                </div>
              ))}
              {group.procedure && (
                <p className="faq-group__more">
                  <Link href={path(`/procedures/${group.procedure.slug}`)}>{t('site.readGuide', { title: group.procedure.title.toLowerCase() })}</Link>
                </p>
              )}
            </section>
          ))}
          <JsonLd data={faqStructuredData(groups)} />
        </>
      )}
    </>
  )
}
