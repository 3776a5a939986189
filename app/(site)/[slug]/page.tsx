import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound, permanentRedirect } from 'next/navigation'

import { pageMetadata } from '@/components/site/metadata'
import { PageHeader } from '@/components/site/PageHeader'
import { RichText } from '@/components/site/RichText'
import { getPageBySlug, getSiteSettings, listPublishedSlugs } from '@/payload/queries/content'

export const revalidate = 300
export const dynamicParams = true

/** Slugs served by other routes: "home" is the front page (/). */
const RESERVED_SLUGS = new Set(['home'])

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  const slugs = await listPublishedSlugs('pages')
  return slugs.filter(({ slug }) => !RESERVED_SLUGS.has(slug)).map(({ slug }) => ({ slug }))
}

async function loadPage(slug: string) {
  if (RESERVED_SLUGS.has(slug)) return null
  const { isEnabled: draft } = await draftMode()
  return getPageBySlug(slug, { draft })
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const [page, settings] = await Promise.all([loadPage(slug), getSiteSettings()])
  if (!page) return { title: 'Page not found', robots: { index: false } }
  return pageMetadata({
    title: page.meta?.title || page.title,
    description: page.meta?.description || page.heroText,
    path: `/${page.slug}`,
    clinicName: settings.clinicName,
  })
}

export default async function ContentPage({ params }: Props) {
  const { slug } = await params
  if (slug === 'home') permanentRedirect('/')
  const page = await loadPage(slug)
  if (!page) notFound()
  return (
    <article className="article">
      <PageHeader title={page.heroHeading} summary={page.heroText} />
      <RichText data={page.body} headingLevel={2} />
    </article>
  )
}
