'use client'

import { useTranslations } from 'next-intl'

import { signOut } from '@/app/(portal)/portal/actions'
import { forgetThisDevice } from './offline/serviceWorker'

/** Sign-out: first this device forgets the portal (offline pages, kept answers), then the server ends the session. */
export function SignOutForm({ label }: { label?: string }) {
  const t = useTranslations('portal')
  return (
    <form
      action={async () => {
        await forgetThisDevice().catch(() => undefined)
        await signOut()
      }}
    >
      <button type="submit" className="button button--secondary">
        {label ?? t('signOut')}
      </button>
    </form>
  )
}
