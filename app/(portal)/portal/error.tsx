'use client'

import { useTranslations } from 'next-intl'

import { FALLBACK_CLINIC } from '@/components/portal/clinicDefaults'
import { telTag } from '@/components/portal/messageTags'

/** Something failed on the server: say so plainly and offer a retry and a phone number. Nothing is shown from the error. */
export default function PortalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('portalPages')
  return (
    <>
      <h1 id="page-title">{t('errorTitle')}</h1>
      <p>{t('errorText')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => reset()}>
          {t('tryAgain')}
        </button>
      </div>
      <p>{t.rich('errorCall', { phone: FALLBACK_CLINIC.phone, tel: telTag(FALLBACK_CLINIC.phone) })}</p>
    </>
  )
}
