import { MinimalTemplate } from '@payloadcms/next/templates'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import QRCode from 'qrcode'

import { groupedSecret } from '@/lib/second-factor'
import { nextStep, startEnrolment, staffSessionFrom } from '@/payload/auth/secondFactor'
import { EnrolmentForm } from './EnrolmentForm'
import { afterSignIn } from './paths'
import { SecondStepForm } from './SecondStepForm'
import './secondFactor.css'

/**
 * /admin/second-factor: the second half of a staff sign-in. The first sign-in sets up an authenticator
 * app (QR code, the key as text, a first code, then ten recovery codes); later ones ask for a code.
 * Payload lets custom views render without a session; this one needs a password-checked one.
 */
export async function SecondFactorView({ initPageResult, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const redirectTo = afterSignIn(searchParams?.redirect as string | string[] | undefined)
  if (req.user) redirect(redirectTo)
  const session = await staffSessionFrom(req.payload, req.headers)
  if (!session) redirect('/admin/login')

  if ((await nextStep(req.payload, session)) === 'verify') {
    return (
      <MinimalTemplate className="second-factor">
        <SecondStepForm email={session.user.email} redirectTo={redirectTo} />
      </MinimalTemplate>
    )
  }

  const enrolment = await startEnrolment(req.payload, session)
  if (!enrolment.ok) redirect('/admin/login')
  const qrCode = await QRCode.toDataURL(enrolment.otpauthUri, { errorCorrectionLevel: 'M', margin: 2, width: 220 })
  return (
    <MinimalTemplate className="second-factor">
      <EnrolmentForm email={session.user.email} qrCode={qrCode} secret={groupedSecret(enrolment.secret)} redirectTo={redirectTo} />
    </MinimalTemplate>
  )
}
