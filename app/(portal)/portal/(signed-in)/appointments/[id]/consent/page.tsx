import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { procedureTitle, SIDE_LABELS } from '@/components/portal/appointmentText'
import { blockLabel } from '@/lib/clinical'
import { getClinicContact } from '@/components/portal/clinic'
import { ConsentSigningForm } from '@/components/portal/consent/ConsentSigningForm'
import { ConsentText } from '@/components/portal/consent/ConsentText'
import { FocusOnArrival } from '@/components/portal/consent/FocusOnArrival'
import { WithdrawConsent } from '@/components/portal/consent/WithdrawConsent'
import '@/components/portal/consent/consent.css'
import { Notice } from '@/components/portal/Notice'
import { PortalPageHeader } from '@/components/portal/PortalPageHeader'
import { telHref } from '@/lib/text/phone-numbers'
import { formatDate, formatDateTime, type ClinicFormats } from '@/lib/dates'
import type { Consent, ConsentPdf } from '@/payload-types'
import { consentSnapshotOf } from '@/payload/consent/content'
import { consentsFor, currentConsentShown, pdfsFor, recordFacts } from '@/payload/consent/queries'
import { DEFAULT_LOCALE } from '@/lib/i18n/config'
import { acceptsConsent, canWithdraw, consentStatus } from '@/lib/consent'
import { consentTextParts } from '@/lib/consent'
import { getClinicFormats } from '@/payload/queries/content'
import { getPayloadClient } from '@/payload/queries/getPayloadClient'
import { getMyAppointment, requirePatient } from '@/payload/queries/portal'
import { localeOfPatient } from '@/payload/i18n/locale'
import { relationId } from '@/lib/relations'

export const metadata: Metadata = { title: 'Your consent form' }

type Params = Promise<{ id: string }>
type SearchParams = Promise<{ signed?: string; withdrawn?: string }>

function ConsentRecords({ consents, pdfs, formats }: { consents: Consent[]; pdfs: Map<number, ConsentPdf>; formats: ClinicFormats }) {
  return (
    <section aria-labelledby="records-heading">
      <h2 id="records-heading">Your consent records</h2>
      <ul className="consent-records">
        {consents.map((consent) => {
          const signedOn = formatDate(new Date(consent.signedAt), formats)
          const pdf = pdfs.get(consent.id)
          return (
            <li key={consent.id}>
              <p>
                Version {consent.documentVersion}, signed on {signedOn}
                {consent.status === 'withdrawn' && consent.withdrawnAt ? `, withdrawn on ${formatDate(new Date(consent.withdrawnAt), formats)}` : ''}.
              </p>
              {pdf?.url && (
                <a href={pdf.url} download>
                  Download the signed form (PDF)<span className="visually-hidden">, version {consent.documentVersion}, signed on {signedOn}</span>
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
  const [shown, consents, clinic, formats] = await Promise.all([
    currentConsentShown(payload, caller, relationId(appointment.procedure) as number, language),
    consentsFor(payload, caller, [appointment.id]),
    getClinicContact(),
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
  const when = formatDateTime(new Date(appointment.scheduledAt), formats)
  const call = <a href={telHref(clinic.phone)}>{clinic.phone}</a>
  const arrival = (query.signed && signed) || (query.withdrawn && status?.kind === 'withdrawn') ? 'consent-arrival' : null

  return (
    <>
      <PortalPageHeader eyebrow="Your consent form" title={`Consent for your appointment on ${when}`} />
      <dl className="facts appointment-summary">
        <dt>Procedure</dt>
        <dd>
          {procedureTitle(appointment)}, {blockLabel(appointment.blockNumber)}
        </dd>
        <dt>Side</dt>
        <dd>{SIDE_LABELS[appointment.side] ?? appointment.side}</dd>
        <dt>Levels</dt>
        <dd>{appointment.levels}</dd>
      </dl>

      {arrival && (
        <div className="notice notice--success consent-signed" role="status" id={arrival} tabIndex={-1}>
          <h2 className="notice__title">{signed ? 'Your consent is signed' : 'Your consent is withdrawn'}</h2>
          <p>
            {signed
              ? 'Thank you. The clinic has your signed consent form. You can download a copy below.'
              : 'The clinic has been told. Your signed form is kept, marked as withdrawn.'}
          </p>
          <FocusOnArrival targetId={arrival} />
        </div>
      )}

      {!current || !status ? (
        <Notice title="No consent form to sign yet">
          <p>
            There is no consent form for this procedure in the portal yet. The clinic will go through consent with you at your appointment.
            Questions? Call {call}.
          </p>
        </Notice>
      ) : signed ? (
        <section aria-labelledby="signed-heading">
          <h2 id="signed-heading">Your signed consent</h2>
          <p>
            You signed version {signed.documentVersion} of “{signed.documentTitle}” on {formatDateTime(new Date(signed.signedAt), formats)}.
          </p>
          <p>This signed copy cannot be changed: the clinic keeps it exactly as you signed it.</p>
          {pdfs.get(signed.id)?.url && (
            <p>
              <a className="consent-download" href={pdfs.get(signed.id)?.url ?? undefined} download>
                Download your signed consent form (PDF)
              </a>
            </p>
          )}
          <details className="signed-text">
            <summary>Read what you signed</summary>
            <pre>{signed.snapshotText}</pre>
          </details>
        </section>
      ) : !open ? (
        <Notice title="This consent form can no longer be signed here">
          <p>
            This appointment has already taken place or was cancelled, so its consent form cannot be signed in the portal. Questions? Call{' '}
            {call}.
          </p>
        </Notice>
      ) : status.kind === 'new-version' ? (
        <Notice title="There is a new version to sign">
          <p>
            The clinic has updated this consent form since you signed version {status.signedVersion} on {formatDate(new Date(status.signedAt), formats)}.
            Please read version {status.currentVersion} below and sign it before your appointment.
          </p>
        </Notice>
      ) : status.kind === 'withdrawn' ? (
        <Notice title="You withdrew your consent">
          <p>
            You withdrew your consent on {formatDate(new Date(status.withdrawnAt), formats)}. If you have changed your mind, read the form below and sign
            it again. To talk it through first, call the clinic on {call}.
          </p>
        </Notice>
      ) : (
        <p>
          Please read the consent form for your procedure, then sign it below before your appointment. If you have questions, call the clinic
          on {call} before you sign.
        </p>
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
          <h2 id="withdraw-heading">Changed your mind?</h2>
          <p>You can withdraw your consent at any time before the procedure.</p>
          <WithdrawConsent appointmentId={appointment.id} />
        </section>
      )}

      {consents.length > (signed ? 1 : 0) && <ConsentRecords consents={consents} pdfs={pdfs} formats={formats} />}

      <p className="form-links no-print">
        <Link href="/portal" prefetch={false}>
          Back to your appointments
        </Link>
      </p>
    </>
  )
}
