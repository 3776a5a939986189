'use client'

import { useTranslations } from 'next-intl'

/** Opens the browser's print dialog; the print styles leave out the portal's navigation and buttons. */
export function PrintButton({ label }: { label?: string }) {
  const t = useTranslations('instructions')
  return (
    <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>
      {label ?? t('print')}
    </button>
  )
}
