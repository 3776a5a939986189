import type { Metadata } from 'next'
import { draftMode } from 'next/headers'

import { CardList } from '@/components/site/CardList'
import { pageMetadata } from '@/components/site/metadata'
import { PageHeader } from '@/components/site/PageHeader'
import { getSiteSettings, listProcedures } from '@/payload/queries/content'

export const revalidate = 300

const TITLE = 'Procedures'
const DESCRIPTION = 'Plain-language guides to the spine procedures we offer: what happens, what the result means and how you recover.'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pageMetadata({ title: TITLE, description: DESCRIPTION, path: '/procedures', clinicName: settings.clinicName, type: 'website' })
}

export default async function ProceduresIndexPage() {
  const { isEnabled: draft } = await draftMode()
  const procedures = await listProcedures({ draft })
  return (
    <>
      <PageHeader title={TITLE} summary={DESCRIPTION} />
      {procedures.length === 0 ? (
        <p>There are no procedure guides here yet.</p>
      ) : (
        <CardList
          headingLevel={2}
          cards={procedures.map((item) => ({ href: `/procedures/${item.slug}`, title: item.title, text: item.summary }))}
        />
      )}
    </>
  )
}
