import type { Metadata } from 'next'

import { CardList } from '@/components/site/CardList'
import { pageMetadata } from '@/components/site/metadata'
import { PageHeader } from '@/components/site/PageHeader'
import type { Locale } from '@/lib/i18n/config'
import { translatorFor } from '@/lib/i18n/translate'
import { getSiteSettings, listConditions, listProcedures } from '@/payload/queries/content'
import { pageContext } from './shared'

type Kind = 'procedures' | 'conditions'

function words(kind: Kind, locale: Locale) {
  const t = translatorFor(locale)
  return kind === 'procedures'
    ? { title: t('site.procedures'), description: t('site.proceduresDescription'), none: t('site.noProcedures') }
    : { title: t('site.conditions'), description: t('site.conditionsDescription'), none: t('site.noConditions') }
}

export async function listingMetadata(kind: Kind, locale: Locale): Promise<Metadata> {
  const settings = await getSiteSettings()
  const { title, description } = words(kind, locale)
  return pageMetadata({ title, description, path: `/${kind}`, locale, clinicName: settings.clinicName, type: 'website' })
}

/** /procedures and /conditions: every guide of the kind, as cards. */
export async function ListingPage({ kind, locale }: { kind: Kind; locale: Locale }) {
  const { draft, path } = await pageContext(locale)
  const items = await (kind === 'procedures' ? listProcedures : listConditions)({ draft, locale })
  const { title, description, none } = words(kind, locale)
  return (
    <>
      <PageHeader title={title} summary={description} />
      {items.length === 0 ? (
        <p>{none}</p>
      ) : (
        <CardList headingLevel={2} cards={items.map((item) => ({ href: path(`/${kind}/${item.slug}`), title: item.title, text: item.summary }))} />
      )}
    </>
  )
}
