import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'

import { CardList } from '@/components/site/CardList'
import { pageMetadata } from '@/components/site/metadata'
import { PageHeader } from '@/components/site/PageHeader'
import { RichText } from '@/components/site/RichText'
import type { Locale } from '@/lib/i18n/config'
import { getPageBySlug, getSiteSettings, listConditions, listProcedures } from '@/payload/queries/content'
import { pageContext } from './shared'

export async function homeMetadata(locale: Locale): Promise<Metadata> {
  const { isEnabled: draft } = await draftMode()
  const [page, settings] = await Promise.all([getPageBySlug('home', { draft, locale }), getSiteSettings()])
  return pageMetadata({
    title: page?.meta?.title || settings.clinicName,
    description: page?.meta?.description || page?.heroText,
    path: '/',
    locale,
    clinicName: settings.clinicName,
    type: 'website',
    absoluteTitle: true,
  })
}

/** The front page in a language: the editor's hero and body, then the guides. */
export async function HomePage({ locale }: { locale: Locale }) {
  const { draft, t, path } = await pageContext(locale)
  const [page, procedures, conditions] = await Promise.all([
    getPageBySlug('home', { draft, locale }),
    listProcedures({ draft, locale }),
    listConditions({ draft, locale }),
  ])
  if (!page) notFound()
  return (
    <>
      <PageHeader title={page.heroHeading} summary={page.heroText} />
      <RichText data={page.body} headingLevel={2} />
      <section className="home-guides" aria-labelledby="guides-heading">
        <h2 id="guides-heading">{t('site.guides')}</h2>
        {procedures.length > 0 && (
          <>
            <h3>{t('site.procedures')}</h3>
            <CardList
              headingLevel={4}
              cards={procedures.map((item) => ({ href: path(`/procedures/${item.slug}`), title: item.title, text: item.summary }))}
            />
          </>
        )}
        {conditions.length > 0 && (
          <>
            <h3>{t('site.conditions')}</h3>
            <CardList
              headingLevel={4}
              cards={conditions.map((item) => ({ href: path(`/conditions/${item.slug}`), title: item.title, text: item.summary }))}
            />
          </>
        )}
        <h3>{t('site.questions')}</h3>
        <CardList headingLevel={4} cards={[{ href: path('/faq'), title: t('site.commonQuestions'), text: t('site.faqCard') }]} />
      </section>
    </>
  )
}
