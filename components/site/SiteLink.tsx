import Link from 'next/link'
import type { ReactNode } from 'react'

import { isSitePath } from './paths'

type Props = { href: string; children: ReactNode; className?: string }

/** A CMS-entered link: client-side navigation for site paths, a plain anchor for anything else. */
export function SiteLink({ href, children, className }: Props) {
  if (isSitePath(href)) {
    return (
      <Link href={href} className={className}>
        {children}
      </Link>
    )
  }
  return (
    <a href={href} className={className}>
      {children}
    </a>
  )
}
