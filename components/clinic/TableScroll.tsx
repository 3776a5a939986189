import type { ReactNode } from 'react'

/**
 * A wide table's horizontal scroller. On a phone the table scrolls inside it, so keyboard users must be
 * able to reach and scroll it too: a named region in the tab order (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
