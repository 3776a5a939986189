import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { appointmentWhat, sideLabel } from '@/components/portal/appointmentText'
import { getClinicContact } from '@/components/portal/clinic'
import { ConsentSigningForm } from '@/components/portal/consent/ConsentSigningForm'
import { ConsentText } from '@/components/portal/consent/ConsentText'
import { FocusOnArrival } from '@/components/portal/consent/FocusOnArrival'
import { WithdrawConsent } from '@/components/portal/consent/WithdrawConsent'
import '@/components/portal/consent/consent.css'
import { Notice } from '@/components/portal/Notice'
import { PortalPageHeader } from '@/components/portal/PortalPageHeader'
import { telTag } from '@/components/portal/messageTags'
import { formatDate, formatDateTime, type ClinicFormats } from '@/lib/dates'
import type { Consent, ConsentPdf } from '@/payload-types'
import { consentSnapshotOf } from '@/payload/consent/content'
import { consentsFor, currentConsentShown, pdfsFor, recordFacts } from '@/payload/consent/queries'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config'
import { acceptsConsent, canWithdraw, consentStatus } from '@/lib/consent'
import { consentTextParts } from '@/lib/consent'
import { getClinicFormats } from '@/payload/queries/content'
import { getPayloadClient } from '@/payload/queries/getPayloadClient'
import { getMyAppointment, requirePatient } from '@/payload/queries/portal'
import { localeOfPatient } from '@/payload/i18n/locale'
import { relationId } from '@/lib/relations'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('consent'))('meta') }
}

type Params = Promise<{ id: string }>
type SearchParams = Promise<{ signed?: string; withdrawn?: string }>

async function ConsentRecords({ consents, pdfs, locale, formats }: { consents: Consent[]; pdfs: Map<number, ConsentPdf>; locale: Locale; formats: ClinicFormats }) {
  const t = await getTranslations('consent')
  const dateOf = (iso: string) => formatDate(new Date(iso), formats, locale)
  return (
    <section aria-labelledby="records-heading">
      <h2 id="records-heading">{t('recordsHeading')}</h2>
      <ul className="consent-records">
        {consents.map((consent) => {
          const signedOn = dateOf(consent.signedAt)
          const version = consent.documentVersion
          const pdf = pdfs.get(consent.id)
          return (
            <li key={consent.id}>
              <p>
                {consent.status === 'withdrawn' && consent.withdrawnAt
                  ? t('recordWithdrawn', { version, signedOn, withdrawnOn: dateOf(consent.withdrawnAt) })
                  : t('record', { version, signedOn })}
              </p>
              {pdf?.url && (
                <a href={pdf.url} download>
                  {t('recordDownload')}
                  <span className="visually-hidden">{t('recordDownloadWhich', { version, signedOn })}</span>
                </a>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}

/**
 * The consent form for one of the patient's own appointments: read it and sign it, or see what was
 * signed (with the PDF), withdraw before the procedure, or sign a newer version.
 */
export default async function ConsentPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [{ id }, query] = await Promise.all([params, searchParams])
  const patient = await requirePatient()
  const appointment = await getMyAppointment(patient, id)
  if (!appointment) notFound()
  const payload = await getPayloadClient()
  const caller = { user: patient }
  // The consent in the patient's language when the version has that translation, else in English.
  const language = localeOfPatient(patient)
  const [shown, consents, clinic, t, tAppointments, formats] = await Promise.all([
    currentConsentShown(payload, caller, relationId(appointment.procedure) as number, language),
    consentsFor(payload, caller, [appointment.id]),
    getClinicContact(),
    getTranslations('consent'),
    getTranslations('appointments'),
    getClinicFormats(),
  ])
  const current = shown?.document ?? null
  const pdfs = await pdfsFor(payload, caller, consents.map((consent) => consent.id))
  const status = current?.version ? consentStatus(consents.map(recordFacts), { id: current.id, version: current.version }) : null
  const open = acceptsConsent(appointment)
  const withdrawable = canWithdraw(appointment) && consents.some((consent) => consent.status === 'signed')
  const signed = status?.kind === 'signed' ? consents.find((consent) => consent.id === status.consentId) : undefined
  const snapshot = open && current && status && !signed ? await consentSnapshotOf(current, shown?.locale) : null
  const parts = snapshot ? consentTextParts(snapshot.text) : null
  const dateOf = (iso: string) => formatDate(new Date(iso), formats, language)
  const when = formatDateTime(new Date(appointment.scheduledAt), formats, language)
  const call = { phone: clinic.phone, tel: telTag(clinic.phone) }
  const arrival = (query.signed && signed) || (query.withdrawn && status?.kind === 'withdrawn') ? 'consent-arrival' : null

  return (
    <>
      <PortalPageHeader eyebrow={t('eyebrow')} title={t('title', { when })} />
      <dl className="facts appointment-summary">
        <dt>{t('procedure')}</dt>
        <dd>{appointmentWhat(appointment, language)}</dd>
        <dt>{tAppointments('side')}</dt>
        <dd>{sideLabel(appointment.side, language)}</dd>
        <dt>{tAppointments('levels')}</dt>
        <dd>{appointment.levels}</dd>
      </dl>

      {arrival && (
        <div className="notice notice--success consent-signed" role="status" id={arrival} tabIndex={-1}>
          <h2 className="notice__title">{signed ? t('signedTitle') : t('withdrawnTitle')}</h2>
          <p>{signed ? t('signedText') : t('withdrawnText')}</p>
          <FocusOnArrival targetId={arrival} />
        </div>
      )}

      {!current || !status ? (
        <Notice title={t('noneTitle')}>
          <p>{t.rich('none', call)}</p>
        </Notice>
      ) : signed ? (
        <section aria-labelledby="signed-heading">
          <h2 id="signed-heading">{t('signedHeading')}</h2>
          <p>
            {t('signedWhat', {
              version: signed.documentVersion,
              title: signed.documentTitle,
              when: formatDateTime(new Date(signed.signedAt), formats, language),
            })}
          </p>
          <p>{t('unchangeable')}</p>
          {pdfs.get(signed.id)?.url && (
            <p>
              <a className="consent-download" href={pdfs.get(signed.id)?.url ?? undefined} download>
                {t('download')}
              </a>
            </p>
          )}
          <details className="signed-text">
            <summary>{t('readSigned')}</summary>
            <pre>{signed.snapshotText}</pre>
          </details>
        </section>
      ) : !open ? (
        <Notice title={t('closedTitle')}>
          <p>{t.rich('closed', call)}</p>
        </Notice>
      ) : status.kind === 'new-version' ? (
        <Notice title={t('newVersionTitle')}>
          <p>
            {t('newVersion', {
              signedVersion: status.signedVersion,
              signedOn: dateOf(status.signedAt),
              currentVersion: status.currentVersion,
            })}
          </p>
        </Notice>
      ) : status.kind === 'withdrawn' ? (
        <Notice title={t('withdrawnNoticeTitle')}>
          <p>{t.rich('withdrawnNotice', { ...call, withdrawnOn: dateOf(status.withdrawnAt) })}</p>
        </Notice>
      ) : (
        <p>{t.rich('pleaseRead', call)}</p>
      )}

      {parts && snapshot && current && (
        <>
          <section className="consent-document" aria-labelledby="document-title">
            <h2 id="document-title">{parts.title}</h2>
            <p className="consent-document__version">{parts.versionLine}</p>
            <ConsentText blocks={parts.reading} />
          </section>
          <ConsentSigningForm
            appointmentId={appointment.id}
            document={{ id: current.id, version: current.version as number, title: parts.title, versionLine: parts.versionLine }}
            snapshotText={snapshot.text}
            textSha256={snapshot.sha256}
            acknowledgements={parts.acknowledgements}
            nameOnRecord={patient.fullName}
            locale={shown?.locale ?? DEFAULT_LOCALE}
            formats={formats}
          />
        </>
      )}

      {withdrawable && (
        <section aria-labelledby="withdraw-heading" className="no-print">
          <h2 id="withdraw-heading">{t('changedMind')}</h2>
          <p>{t('canWithdraw')}</p>
          <WithdrawConsent appointmentId={appointment.id} />
        </section>
      )}

      {consents.length > (signed ? 1 : 0) && <ConsentRecords consents={consents} pdfs={pdfs} locale={language} formats={formats} />}

      <p className="form-links no-print">
        <Link href="/portal" prefetch={false}>
          {(await getTranslations('instructions'))('back')}
        </Link>
      </p>
    </>
  )
}
