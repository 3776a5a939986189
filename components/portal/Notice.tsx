import type { ReactNode } from 'react'

type Props = {
  kind?: 'info' | 'success' | 'error'
  title?: string
  /** `status` for news the patient should hear without being interrupted; `alert` for problems. */
  role?: 'status' | 'alert'
  id?: string
  children: ReactNode
}

/** A boxed message: information, a confirmation or a problem. The words carry the meaning, not the colour. */
export function Notice({ kind = 'info', title, role, id, children }: Props) {
  return (
    <div className={`notice${kind === 'info' ? '' : ` notice--${kind}`}`} role={role} id={id}>
      {title && <h2 className="notice__title">{title}</h2>}
      {children}
    </div>
  )
}
