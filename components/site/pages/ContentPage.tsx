import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound, permanentRedirect } from 'next/navigation'

import { pageMetadata } from '@/components/site/metadata'
import { PageHeader } from '@/components/site/PageHeader'
import { RichText } from '@/components/site/RichText'
import type { Locale } from '@/lib/i18n/config'
import { translatorFor } from '@/lib/i18n/translate'
import { localizedPath } from '@/lib/paths'
import { getPageBySlug, getSiteSettings, listPublishedSlugs } from '@/payload/queries/content'

/** Slugs served by other routes: "home" is the front page (/). */
const RESERVED_SLUGS = new Set(['home'])

export async function contentPageSlugs() {
  const slugs = await listPublishedSlugs('pages')
  return slugs.filter(({ slug }) => !RESERVED_SLUGS.has(slug)).map(({ slug }) => ({ slug }))
}

async function loadPage(slug: string, locale: Locale) {
  if (RESERVED_SLUGS.has(slug)) return null
  const { isEnabled: draft } = await draftMode()
  return getPageBySlug(slug, { draft, locale })
}

export async function contentPageMetadata(slug: string, locale: Locale): Promise<Metadata> {
  const [page, settings] = await Promise.all([loadPage(slug, locale), getSiteSettings()])
  if (!page) return { title: translatorFor(locale)('site.notFound'), robots: { index: false } }
  return pageMetadata({
    title: page.meta?.title || page.title,
    description: page.meta?.description || page.heroText,
    path: `/${page.slug}`,
    locale,
    clinicName: settings.clinicName,
  })
}

export async function ContentPage({ slug, locale }: { slug: string; locale: Locale }) {
  if (slug === 'home') permanentRedirect(localizedPath('/', locale))
  const page = await loadPage(slug, locale)
  if (!page) notFound()
  return (
    <article className="article">
      <PageHeader title={page.heroHeading} summary={page.heroText} />
      <RichText data={page.body} headingLevel={2} />
    </article>
  )
}
