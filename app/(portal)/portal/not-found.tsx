import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { PortalPageHeader } from '@/components/portal/PortalPageHeader'

/** Shown for an address that does not exist, and for an appointment that is not the patient's own (the two look the same). */
export default async function PortalNotFound() {
  const t = await getTranslations('portalPages')
  return (
    <>
      <PortalPageHeader title={t('notFound')} />
      <p>{t('notFoundText')}</p>
      <ul className="link-list">
        <li>
          <Link href="/portal" prefetch={false}>
            {t('toAppointments')}
          </Link>
        </li>
        <li>
          <Link href="/portal/sign-in">{t('toSignIn')}</Link>
        </li>
      </ul>
    </>
  )
}
