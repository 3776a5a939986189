'use client'

/** Opens the browser's print dialog; the print styles leave out the portal's navigation and buttons. */
export function PrintButton({ label = 'Print these instructions' }: { label?: string }) {
  return (
    <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>
      {label}
    </button>
  )
}
