import type { Metadata } from 'next'

import { Notice } from '@/components/portal/Notice'
import { ForgetOfflinePages } from '@/components/portal/offline/ForgetOfflinePages'
import { PortalPageHeader } from '@/components/portal/PortalPageHeader'
import { SignInForm } from '@/components/portal/SignInForm'
import { signInErrorMessage } from '@/components/portal/signInMessages'

export const metadata: Metadata = { title: 'Sign in' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const signedOut = first(params.signedOut) === '1'
  const idle = first(params.reason) === 'idle'
  return (
    <>
      <PortalPageHeader title="Sign in to your patient portal" />
      {signedOut && (
        <Notice kind="success" role="status">
          <p>You have signed out.</p>
        </Notice>
      )}
      {idle && (
        <Notice role="status">
          <p>You were signed out after 30 minutes without activity, to keep your information safe.</p>
        </Notice>
      )}
      <p>See your appointments and get ready for them with instructions made for your date.</p>
      <SignInForm initialError={signInErrorMessage(first(params.error))} />
      <ForgetOfflinePages />
      <h2>New to the portal?</h2>
      <p>
        The clinic sends you an email with a link to set up your account. The link works once, for 72 hours. If it has expired, call the
        clinic and we will send you a new one.
      </p>
    </>
  )
}
