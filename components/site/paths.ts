import { conditionPath, pagePath, procedurePath } from '@/lib/paths'
import { slugify } from '@/lib/slugify'

/** Public address of a document of a routable collection; null when it has no slug (or is unknown). */
export function pathForDoc(relationTo: string, doc: { slug?: unknown } | null | undefined): string | null {
  const slug = typeof doc?.slug === 'string' && doc.slug ? doc.slug : null
  if (!slug) return null
  switch (relationTo) {
    case 'procedures':
      return procedurePath({ slug })
    case 'conditions':
      return conditionPath({ slug })
    case 'pages':
      return pagePath({ slug })
    default:
      return null
  }
}

/** A site path such as /faq (not //host or /\host), as opposed to an external address. */
export function isSitePath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/\\')
}

/** Unique, readable fragment ids ("how-it-is-done", "how-it-is-done-2"), never clashing with `reserved`. */
export function uniqueIds(labels: string[], reserved: Iterable<string> = [], fallback = 'section'): string[] {
  const taken = new Set(reserved)
  return labels.map((label) => {
    const base = slugifyFragment(label) || fallback
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    taken.add(id)
    return id
  })
}

/** Fragment ids must not start with a digit. */
function slugifyFragment(input: string): string {
  return slugify(input).replace(/^(\d)/, 's-$1')
}

/** Ids used by the layout: page content must not reuse them. */
export const LAYOUT_IDS = ['top', 'main', 'site-name', 'toc-heading', 'page-title', 'preview-banner'] as const
