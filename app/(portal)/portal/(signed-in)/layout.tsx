import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { redirect } from 'next/navigation'
import type { ReactNode } from 'react'

import { portalPaths } from '@/lib/paths'
import { OfflineSupport } from '@/components/portal/offline/OfflineSupport'
import { SessionTimeout } from '@/components/portal/SessionTimeout'
import { SignOutForm } from '@/components/portal/SignOutForm'
import { strongTag } from '@/components/portal/messageTags'
import { deviceNamespaceOf } from '@/payload/auth/deviceNamespace'
import { currentSessionDeadline, requirePatient } from '@/payload/queries/portal'

/**
 * Pages for a signed-in patient: who is signed in, the portal navigation, sign out, and the idle
 * timeout warning. Every page below also checks the session itself (layouts and pages render in
 * parallel, so a layout alone cannot guard data). The service worker that makes the portal an
 * installable app with offline diaries is registered here, for signed-in patients only.
 */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const patient = await requirePatient()
  const [deadline, t] = await Promise.all([currentSessionDeadline(), getTranslations('portal')])
  if (!deadline) redirect('/portal/sign-in')
  return (
    <>
      <div className="portal-account">
        <p className="portal-account__who">{t.rich('signedInAs', { name: patient.fullName, strong: strongTag })}</p>
        <nav aria-label={t('navLabel')} className="portal-nav">
          <ul>
            <li>
              <Link href="/portal" prefetch={false}>
                {t('nav.appointments')}
              </Link>
            </li>
            <li>
              <Link href={portalPaths.reminders} prefetch={false}>
                {t('nav.reminders')}
              </Link>
            </li>
            <li>
              <Link href={portalPaths.signInSecurity} prefetch={false}>
                {t('nav.signInSecurity')}
              </Link>
            </li>
            <li>
              <Link href={portalPaths.language} prefetch={false}>
                {t('nav.language')}
              </Link>
            </li>
          </ul>
        </nav>
        <SignOutForm />
      </div>
      {children}
      <SessionTimeout remainingMs={Math.max(0, deadline.getTime() - Date.now())} />
      <OfflineSupport namespace={deviceNamespaceOf(patient.id)} />
    </>
  )
}
