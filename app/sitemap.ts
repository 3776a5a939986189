import type { MetadataRoute } from 'next'

import { pathForDoc } from '../components/site/paths'
import { SITE_URL } from '../components/site/metadata'
import { getFaqsLastModified, listPublishedSlugs, type PublishedSlug } from '../payload/queries/content'

export const revalidate = 300

function newest(items: PublishedSlug[]): Date | undefined {
  const times = items.map((item) => Date.parse(item.updatedAt)).filter(Number.isFinite)
  return times.length > 0 ? new Date(Math.max(...times)) : undefined
}

/** Every published public page, with when it last changed. Publishing revalidates /sitemap.xml. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [procedures, conditions, pages, faqsChanged] = await Promise.all([
    listPublishedSlugs('procedures'),
    listPublishedSlugs('conditions'),
    listPublishedSlugs('pages'),
    getFaqsLastModified(),
  ])
  const entry = (path: string, lastModified: Date | string | undefined): MetadataRoute.Sitemap[number] => ({
    url: new URL(path, `${SITE_URL}/`).toString(),
    lastModified,
  })
  const documents = (collection: 'procedures' | 'conditions' | 'pages', items: PublishedSlug[]) =>
    items.flatMap((item) => {
      const path = pathForDoc(collection, item)
      return path ? [entry(path, item.updatedAt)] : []
    })
  return [
    ...documents('pages', pages),
    ...(procedures.length > 0 ? [entry('/procedures', newest(procedures))] : []),
    ...documents('procedures', procedures),
    ...(conditions.length > 0 ? [entry('/conditions', newest(conditions))] : []),
    ...documents('conditions', conditions),
    ...(faqsChanged ? [entry('/faq', faqsChanged)] : [entry('/faq', undefined)]),
  ]
}
