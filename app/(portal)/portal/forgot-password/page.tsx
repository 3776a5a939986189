import type { Metadata } from 'next'

import { ForgotPasswordForm } from '@/components/portal/ForgotPasswordForm'
import { PortalPageHeader } from '@/components/portal/PortalPageHeader'

export const metadata: Metadata = { title: 'Forgot your password' }

export default function ForgotPasswordPage() {
  return (
    <>
      <PortalPageHeader title="Forgot your password?" />
      <p>Enter your email address. We will send you a link to choose a new password.</p>
      <ForgotPasswordForm />
    </>
  )
}
