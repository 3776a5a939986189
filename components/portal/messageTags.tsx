import Link from 'next/link'
import type { ReactNode } from 'react'

import { telHref } from '@/lib/text/phone-numbers'

/**
 * The tags catalogue messages use for rich text (`t.rich`): `<tel>` the clinic's number as a link that
 * dials it, `<link>` a link to a portal page, `<strong>`.
 */
export function telTag(phone: string) {
  return (chunks: ReactNode) => <a href={telHref(phone)}>{chunks}</a>
}

export function linkTag(href: string) {
  return (chunks: ReactNode) => (
    <Link href={href} prefetch={false}>
      {chunks}
    </Link>
  )
}

export const strongTag = (chunks: ReactNode) => <strong>{chunks}</strong>
