import type { Metadata } from 'next'
import { draftMode } from 'next/headers'

import { CardList } from '@/components/site/CardList'
import { pageMetadata } from '@/components/site/metadata'
import { PageHeader } from '@/components/site/PageHeader'
import { getSiteSettings, listConditions } from '@/payload/queries/content'

export const revalidate = 300

const TITLE = 'Conditions'
const DESCRIPTION = 'Plain-language guides to the causes of long-lasting neck and back pain, how they are found and how they are treated.'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pageMetadata({ title: TITLE, description: DESCRIPTION, path: '/conditions', clinicName: settings.clinicName, type: 'website' })
}

export default async function ConditionsIndexPage() {
  const { isEnabled: draft } = await draftMode()
  const conditions = await listConditions({ draft })
  return (
    <>
      <PageHeader title={TITLE} summary={DESCRIPTION} />
      {conditions.length === 0 ? (
        <p>There are no condition guides here yet.</p>
      ) : (
        <CardList
          headingLevel={2}
          cards={conditions.map((item) => ({ href: `/conditions/${item.slug}`, title: item.title, text: item.summary }))}
        />
      )}
    </>
  )
}
