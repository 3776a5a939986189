'use client'

import { FALLBACK_CLINIC } from '@/components/portal/clinicDefaults'
import { telHref } from '@/lib/text/phone-numbers'

/** Something failed on the server: say so plainly and offer a retry and a phone number. Nothing is shown from the error. */
export default function PortalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1 id="page-title">Sorry, something went wrong</h1>
      <p>We could not show this page just now. Please try again in a minute.</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => reset()}>
          Try again
        </button>
      </div>
      <p>
        If it keeps happening, call the clinic on <a href={telHref(FALLBACK_CLINIC.phone)}>{FALLBACK_CLINIC.phone}</a>.
      </p>
    </>
  )
}
