import type { Metadata } from 'next'
import Link from 'next/link'
import QRCode from 'qrcode'

import { Notice } from '@/components/portal/Notice'
import { PortalPageHeader } from '@/components/portal/PortalPageHeader'
import { TurnOffForm, TurnOnForm } from '@/components/portal/SignInCodeForms'
import { portalPaths } from '@/lib/paths'
import { groupedSecret } from '@/lib/second-factor'
import { patientHasFactor, startPatientEnrolment } from '@/payload/auth/secondFactor'
import { getPayloadClient } from '@/payload/queries/getPayloadClient'
import { requirePatient } from '@/payload/queries/portal'

export const metadata: Metadata = { title: 'Sign-in security' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * The patient's choice of a second step at sign-in: a code from an authenticator app as well as the
 * password. Optional, never required. `?set-up=1` shows the key to add to the app.
 */
export default async function SignInSecurityPage({ searchParams }: { searchParams: SearchParams }) {
  const patient = await requirePatient()
  const payload = await getPayloadClient()
  const params = await searchParams
  const isOn = await patientHasFactor(payload, patient.id)

  if (isOn) {
    return (
      <>
        <PortalPageHeader title="Sign-in security" />
        <Notice kind="success">
          <p>
            <strong>Code at sign-in is on.</strong> Each time you sign in, the portal asks for your password and a code from your authenticator
            app.
          </p>
        </Notice>
        <h2>Turn it off</h2>
        <p>To stop being asked for a code, enter a code from your app (or one of your recovery codes). Your password alone will then sign you in.</p>
        <TurnOffForm />
      </>
    )
  }

  const setUp = first(params['set-up']) === '1' ? await startPatientEnrolment(payload, patient) : null
  if (setUp) {
    const qrCode = await QRCode.toDataURL(setUp.otpauthUri, { errorCorrectionLevel: 'M', margin: 2, width: 220 })
    return (
      <>
        <PortalPageHeader title="Turn on a code at sign-in" />
        <ol className="steps">
          <li>
            <p>Open an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator or 2FAS) and add an account.</p>
          </li>
          <li>
            <p>Scan this QR code with the app:</p>
            {/* A generated data: image: nothing for next/image to optimise. */}
            <img src={qrCode} alt="QR code to add this portal to your authenticator app" width={220} height={220} />
            <p>
              Or type this key into the app: <code id="totp-key">{groupedSecret(setUp.secret)}</code>
            </p>
          </li>
          <li>
            <p>Enter the 6-digit code the app now shows for this portal.</p>
          </li>
        </ol>
        <TurnOnForm />
        <p>
          <Link href={portalPaths.signInSecurity}>Cancel</Link>
        </p>
      </>
    )
  }

  return (
    <>
      <PortalPageHeader title="Sign-in security" />
      {first(params.turnedOff) === '1' && (
        <Notice kind="success" role="status">
          <p>Code at sign-in is off. Your password alone signs you in.</p>
        </Notice>
      )}
      <p>
        You sign in with your email and password. If you like, the portal can also ask for a code from an authenticator app on your phone.
        Then someone who learns your password still cannot see your appointments without your phone.
      </p>
      <p>This is your choice: the clinic does not require it. You can turn it off again here at any time.</p>
      <p>
        When you turn it on, you also get ten recovery codes. Keep them safe: each one signs you in once if you lose your phone. Without
        your phone or a recovery code you cannot sign in, so keep them somewhere apart from your phone.
      </p>
      <p>
        <Link className="button" href={`${portalPaths.signInSecurity}?set-up=1`}>
          Turn on a code at sign-in
        </Link>
      </p>
    </>
  )
}
