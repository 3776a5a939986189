import type { ReactNode } from 'react'

/** The page's one <h1>, in the public site's page-header style. */
export function PortalPageHeader({ title, eyebrow, children }: { title: ReactNode; eyebrow?: string; children?: ReactNode }) {
  return (
    <div className="page-header">
      {eyebrow && <p className="page-header__eyebrow">{eyebrow}</p>}
      <h1 id="page-title">{title}</h1>
      {children}
    </div>
  )
}
