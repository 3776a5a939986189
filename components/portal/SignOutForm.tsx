'use client'

import { signOut } from '@/app/(portal)/portal/actions'
import { forgetThisDevice } from './offline/serviceWorker'

/** Sign-out: first this device forgets the portal (offline pages, kept answers), then the server ends the session. */
export function SignOutForm({ label = 'Sign out' }: { label?: string }) {
  return (
    <form
      action={async () => {
        await forgetThisDevice().catch(() => undefined)
        await signOut()
      }}
    >
      <button type="submit" className="button button--secondary">
        {label}
      </button>
    </form>
  )
}
