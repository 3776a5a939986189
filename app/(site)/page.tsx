import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'

import { CardList } from '@/components/site/CardList'
import { pageMetadata } from '@/components/site/metadata'
import { PageHeader } from '@/components/site/PageHeader'
import { RichText } from '@/components/site/RichText'
import { getPageBySlug, getSiteSettings, listConditions, listProcedures } from '@/payload/queries/content'

export const revalidate = 300

export async function generateMetadata(): Promise<Metadata> {
  const { isEnabled: draft } = await draftMode()
  const [page, settings] = await Promise.all([getPageBySlug('home', { draft }), getSiteSettings()])
  return pageMetadata({
    title: page?.meta?.title || settings.clinicName,
    description: page?.meta?.description || page?.heroText,
    path: '/',
    clinicName: settings.clinicName,
    type: 'website',
    absoluteTitle: true,
  })
}

export default async function HomePage() {
  const { isEnabled: draft } = await draftMode()
  const [page, procedures, conditions] = await Promise.all([
    getPageBySlug('home', { draft }),
    listProcedures({ draft }),
    listConditions({ draft }),
  ])
  if (!page) notFound()
  return (
    <>
      <PageHeader title={page.heroHeading} summary={page.heroText} />
      <RichText data={page.body} headingLevel={2} />
      <section className="home-guides" aria-labelledby="guides-heading">
        <h2 id="guides-heading">Read our guides</h2>
        {procedures.length > 0 && (
          <>
            <h3>Procedures</h3>
            <CardList
              headingLevel={4}
              cards={procedures.map((item) => ({ href: `/procedures/${item.slug}`, title: item.title, text: item.summary }))}
            />
          </>
        )}
        {conditions.length > 0 && (
          <>
            <h3>Conditions</h3>
            <CardList
              headingLevel={4}
              cards={conditions.map((item) => ({ href: `/conditions/${item.slug}`, title: item.title, text: item.summary }))}
            />
          </>
        )}
        <h3>Questions</h3>
        <CardList
          headingLevel={4}
          cards={[
            {
              href: '/faq',
              title: 'Common questions',
              text: 'Short answers about medial branch blocks, radiofrequency ablation, recovery and your pain diary.',
            },
          ]}
        />
      </section>
    </>
  )
}
