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

/**
 * Next's own tag for a path, as revalidatePath builds it (`_N_T_` and the path; `/` is also `/index`;
 * a type such as 'layout' covers every page below it).
 */
export function implicitTagsFor(path: string, type?: 'layout' | 'page'): string[] {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path
  let tag = `_N_T_${trimmed}`
  if (type) tag += `${tag.endsWith('/') ? '' : '/'}${type}`
  if (tag === '_N_T_/') return [tag, '_N_T_/index']
  if (tag === '_N_T_/index') return [tag, '_N_T_/']
  return [tag]
}

type IncrementalCache = { revalidateTag: (tags: string[]) => Promise<void> }

/**
 * The tags straight to the cache the server uses: Next keeps it on `globalThis.__incrementalCache`
 * from the process's first request on (the job runner only starts after one). With REDIS_URL that
 * cache is the shared one, so every instance sees the change.
 */
async function revalidateInCache(targets: Array<{ path: string; type?: 'layout' }>, req: PayloadRequest) {
  const cache = (globalThis as { __incrementalCache?: IncrementalCache }).__incrementalCache
  if (!cache) {
    // A CLI or seed run: no server in this process, nothing cached here.
    req.payload.logger.debug({ msg: 'No page cache in this process; nothing to revalidate' })
    return
  }
  try {
    await cache.revalidateTag(targets.flatMap(({ path, type }) => implicitTagsFor(path, type)))
  } catch (error) {
    req.payload.logger.warn({ msg: 'Could not revalidate published pages; they refresh on their timer', err: error })
  }
}

const COMMIT_POLL_MS = 25
const COMMIT_WAIT_MS = 10_000

/**
 * Resolves once the operation's transaction has ended (Payload deletes `req.transactionID` when it
 * commits or rolls back). Revalidating earlier would let another instance render the page from the
 * old rows and keep that for five minutes.
 */
async function transactionEnded(req: PayloadRequest): Promise<void> {
  const deadline = Date.now() + COMMIT_WAIT_MS
  while (req.transactionID && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, COMMIT_POLL_MS))
}

/**
 * Two ways, because one is not enough. In a request Next's revalidatePath marks the paths, applied
 * once the response is done. A scheduled publish runs in a job, on a timer that Payload started while
 * handling the process's first request: Next's request store seen from there is that long-finished
 * request's, so revalidatePath neither throws nor does anything. So the tags also go straight to the
 * server's cache once the transaction has committed (twice in a request: a few cheap deletes).
 */
function revalidate(pages: Array<{ path: string; type?: 'layout' }>, req: PayloadRequest) {
  if (req.context?.disableRevalidate) return
  const targets = pages.flatMap(({ path, type }) => inEveryLanguage(path).map((localized) => ({ path: localized, type })))
  try {
    for (const { path, type } of targets) revalidatePath(path, type)
  } catch {
    // "static generation store missing": no Next request around this call (a CLI, the seed).
  }
  // Not awaited: the transaction commits only after this hook returns.
  void transactionEnded(req).then(() => revalidateInCache(targets, req))
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
    revalidate([...new Set(paths)].map((path) => ({ path })), req)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook<T & { id: number | string }> = ({ doc, req }) => {
    const path = pathFor(doc)
    revalidate((path ? [...LISTING_PATHS, path] : LISTING_PATHS).map((p) => ({ path: p })), req)
    return doc
  }
  return { afterChange, afterDelete }
}

/** Site-wide settings appear in every page's header and footer. */
export const revalidateWholeSite: GlobalAfterChangeHook = ({ doc, req }) => {
  // Each language has its own root layout.
  revalidate([{ path: '/', type: 'layout' }], req)
  return doc
}
