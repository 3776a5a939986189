import { revalidatePath } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { LOCALES } from '@/lib/i18n/config'
import { localizedPath } from '@/lib/paths'

type Doc = { _status?: 'draft' | 'published' | null; slug?: string | null }

/** Paths that list every public page, so they change whenever any page does. */
const LISTING_PATHS = ['/', '/faq', '/sitemap.xml']

/** A page's address in every language ("/faq" and "/es/faq"); the sitemap is one for all. */
function inEveryLanguage(path: string): string[] {
  return path.startsWith('/sitemap') ? [path] : LOCALES.map((locale) => localizedPath(path, locale))
}

function revalidate(paths: Iterable<string>, req: PayloadRequest) {
  if (req.context?.disableRevalidate) return
  for (const path of new Set([...paths].flatMap(inEveryLanguage))) {
    try {
      revalidatePath(path)
    } catch (error) {
      // Outside a Next.js server (seed, CLI, jobs) there is no cache to clear; pages then refresh on their timer.
      req.payload.logger.debug({ msg: `Skipped revalidating ${path}`, err: error })
    }
  }
}

/**
 * Publishing, unpublishing or re-slugging a document refreshes its public page and the listings,
 * without a rebuild. Draft saves change nothing public, so they revalidate nothing.
 */
export function revalidateOnPublish<T extends Doc>(pathFor: (doc: T) => string | null) {
  const afterChange: CollectionAfterChangeHook<T & { id: number | string }> = ({ doc, previousDoc, req }) => {
    const wasPublished = previousDoc?._status === 'published'
    const isPublished = doc._status === 'published'
    if (!wasPublished && !isPublished) return doc
    const paths = [...LISTING_PATHS]
    const current = pathFor(doc)
    const previous = previousDoc ? pathFor(previousDoc) : null
    if (current) paths.push(current)
    if (previous && previous !== current) paths.push(previous)
    revalidate(paths, req)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook<T & { id: number | string }> = ({ doc, req }) => {
    const path = pathFor(doc)
    revalidate(path ? [...LISTING_PATHS, path] : LISTING_PATHS, req)
    return doc
  }
  return { afterChange, afterDelete }
}

/** Site-wide settings appear in every page's header and footer. */
export const revalidateWholeSite: GlobalAfterChangeHook = ({ doc, req }) => {
  if (req.context?.disableRevalidate) return doc
  try {
    // Each language has its own root layout.
    for (const locale of LOCALES) revalidatePath(localizedPath('/', locale), 'layout')
  } catch (error) {
    req.payload.logger.debug({ msg: 'Skipped revalidating the site layout', err: error })
  }
  return doc
}
