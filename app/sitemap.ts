import type { MetadataRoute } from 'next'

import { pathForDoc } from '../components/site/paths'
import { languageAlternates, SITE_URL } from '../components/site/metadata'
import { LOCALES } from '../lib/i18n/config'
import { localizedPath } from '../lib/paths'
import { getFaqsLastModified, listPublishedSlugs, type PublishedSlug } from '../payload/queries/content'

export const revalidate = 300

function newest(items: PublishedSlug[]): Date | undefined {
  const times = items.map((item) => Date.parse(item.updatedAt)).filter(Number.isFinite)
  return times.length > 0 ? new Date(Math.max(...times)) : undefined
}

/**
 * Every published public page in every language, with when it last changed and its versions in the
 * other languages (hreflang). Publishing revalidates /sitemap.xml.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [procedures, conditions, pages, faqsChanged] = await Promise.all([
    listPublishedSlugs('procedures'),
    listPublishedSlugs('conditions'),
    listPublishedSlugs('pages'),
    getFaqsLastModified(),
  ])
  const absolute = (path: string) => new URL(path, `${SITE_URL}/`).toString()
  const alternates = (path: string) =>
    Object.fromEntries(Object.entries(languageAlternates(path)).filter(([language]) => language !== 'x-default').map(([language, href]) => [language, absolute(href)]))
  const entry = (path: string, lastModified: Date | string | undefined): MetadataRoute.Sitemap =>
    LOCALES.map((locale) => ({ url: absolute(localizedPath(path, locale)), lastModified, alternates: { languages: alternates(path) } }))
  const documents = (collection: 'procedures' | 'conditions' | 'pages', items: PublishedSlug[]) =>
    items.flatMap((item) => {
      const path = pathForDoc(collection, item)
      return path ? entry(path, item.updatedAt) : []
    })
  return [
    ...documents('pages', pages),
    ...(procedures.length > 0 ? entry('/procedures', newest(procedures)) : []),
    ...documents('procedures', procedures),
    ...(conditions.length > 0 ? entry('/conditions', newest(conditions)) : []),
    ...documents('conditions', conditions),
    ...entry('/faq', faqsChanged ?? undefined),
  ]
}
