import type { ReactNode } from 'react'

type Props = {
  title: string
  /** Small label above the title, e.g. "Procedure". */
  eyebrow?: string
  summary?: string | null
  children?: ReactNode
}

/** The page's one <h1>, with its kind and its plain-language summary. */
export function PageHeader({ title, eyebrow, summary, children }: Props) {
  return (
    <div className="page-header">
      {eyebrow && <p className="page-header__eyebrow">{eyebrow}</p>}
      <h1 id="page-title">{title}</h1>
      {summary && <p className="page-header__summary">{summary}</p>}
      {children}
    </div>
  )
}
