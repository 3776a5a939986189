import type { Metadata } from 'next'

import { serverUrl } from '@/payload/env'

export const SITE_URL = serverUrl()

type PageMetadataInput = {
  /** Shown in the tab and search results; the layout's template appends the clinic name. */
  title: string
  description?: string | null
  /** Site path of the page, e.g. /procedures/medial-branch-block. */
  path: string
  clinicName: string
  type?: 'article' | 'website'
  /** Use the title as it is, without the clinic-name template (the home page). */
  absoluteTitle?: boolean
}

/** Title, description, canonical address and Open Graph of one public page. */
export function pageMetadata({ title, description, path, clinicName, type = 'article', absoluteTitle = false }: PageMetadataInput): Metadata {
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description: description ?? undefined,
    alternates: { canonical: path },
    openGraph: {
      title,
      description: description ?? undefined,
      type,
      url: path,
      siteName: clinicName,
      locale: 'en_GB',
    },
  }
}
