import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import Link from 'next/link'

import { JsonLd } from '@/components/site/JsonLd'
import { pageMetadata } from '@/components/site/metadata'
import { PageHeader } from '@/components/site/PageHeader'
import { LAYOUT_IDS, uniqueIds } from '@/components/site/paths'
import { RichText } from '@/components/site/RichText'
import { TableOfContents } from '@/components/site/TableOfContents'
import type { Faq } from '@/payload-types'
import { type FaqGroup, getFaqsGroupedByProcedure, getSiteSettings } from '@/payload/queries/content'

export const revalidate = 300

const TITLE = 'Common questions'
const DESCRIPTION =
  'Short, plain answers to common questions about medial branch blocks, radiofrequency ablation, recovery and keeping a pain diary.'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pageMetadata({ title: TITLE, description: DESCRIPTION, path: '/faq', clinicName: settings.clinicName })
}

function groupTitle(group: FaqGroup): string {
  return group.procedure ? group.procedure.title : 'Other questions'
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

export default async function FaqPage() {
  const { isEnabled: draft } = await draftMode()
  const groups = await getFaqsGroupedByProcedure({ draft })
  // Group anchors are the procedure slugs, so procedure pages can link to /faq#<slug>.
  const groupIds = uniqueIds(
    groups.map((group) => group.key),
    LAYOUT_IDS,
  )
  return (
    <>
      <PageHeader title={TITLE} summary="Answers to the questions people often ask us before and after a spine injection." />
      {groups.length === 0 ? (
        <p>There are no questions here yet. If you have a question, please call us.</p>
      ) : (
        <>
          <TableOfContents
            title="Questions about"
            items={groups.map((group, index) => ({ id: groupIds[index], label: groupTitle(group) }))}
          />
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
                  <Link href={`/procedures/${group.procedure.slug}`}>Read the full guide: {group.procedure.title.toLowerCase()}</Link>
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
