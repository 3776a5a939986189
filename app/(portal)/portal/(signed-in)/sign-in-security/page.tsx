import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import QRCode from 'qrcode'

import { strongTag } from '@/components/portal/messageTags'
import { Notice } from '@/components/portal/Notice'
import { PortalPageHeader } from '@/components/portal/PortalPageHeader'
import { TurnOffForm, TurnOnForm } from '@/components/portal/SignInCodeForms'
import { portalPaths } from '@/lib/paths'
import { groupedSecret } from '@/lib/second-factor'
import { patientHasFactor, startPatientEnrolment } from '@/payload/auth/secondFactor'
import { getPayloadClient } from '@/payload/queries/getPayloadClient'
import { requirePatient } from '@/payload/queries/portal'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signInSecurity'))('meta') }
}

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
  const [isOn, t] = await Promise.all([patientHasFactor(payload, patient.id), getTranslations('signInSecurity')])

  if (isOn) {
    return (
      <>
        <PortalPageHeader title={t('title')} />
        <Notice kind="success">
          <p>{t.rich('isOn', { strong: strongTag })}</p>
        </Notice>
        <h2>{t('turnOffHeading')}</h2>
        <p>{t('turnOffIntro')}</p>
        <TurnOffForm />
      </>
    )
  }

  const setUp = first(params['set-up']) === '1' ? await startPatientEnrolment(payload, patient) : null
  if (setUp) {
    const qrCode = await QRCode.toDataURL(setUp.otpauthUri, { errorCorrectionLevel: 'M', margin: 2, width: 220 })
    return (
      <>
        <PortalPageHeader title={t('setUpTitle')} />
        <ol className="steps">
          <li>
            <p>{t('stepApp')}</p>
          </li>
          <li>
            <p>{t('stepScan')}</p>
            {/* A generated data: image: nothing for next/image to optimise. */}
            <img src={qrCode} alt={t('qrAlt')} width={220} height={220} />
            <p>{t.rich('stepKey', { key: groupedSecret(setUp.secret), code: (chunks) => <code id="totp-key">{chunks}</code> })}</p>
          </li>
          <li>
            <p>{t('stepCode')}</p>
          </li>
        </ol>
        <TurnOnForm />
        <p>
          <Link href={portalPaths.signInSecurity}>{t('cancel')}</Link>
        </p>
      </>
    )
  }

  return (
    <>
      <PortalPageHeader title={t('title')} />
      {first(params.turnedOff) === '1' && (
        <Notice kind="success" role="status">
          <p>{t('turnedOff')}</p>
        </Notice>
      )}
      <p>{t('intro')}</p>
      <p>{t('choice')}</p>
      <p>{t('recoveryIntro')}</p>
      <p>
        <Link className="button" href={`${portalPaths.signInSecurity}?set-up=1`}>
          {t('turnOnLink')}
        </Link>
      </p>
    </>
  )
}
