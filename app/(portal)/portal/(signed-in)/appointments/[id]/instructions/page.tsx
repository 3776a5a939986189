import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'

import { appointmentWhat, sideLabel } from '@/components/portal/appointmentText'
import { portalPaths } from '@/lib/paths'
import { getClinicContact } from '@/components/portal/clinic'
import { ConfirmInstructionsForm } from '@/components/portal/ConfirmInstructionsForm'
import { InstructionChecklist } from '@/components/portal/InstructionChecklist'
import { telTag } from '@/components/portal/messageTags'
import { Notice } from '@/components/portal/Notice'
import { PortalPageHeader } from '@/components/portal/PortalPageHeader'
import { PrintButton } from '@/components/portal/PrintButton'
import { formatDateTime } from '@/lib/dates'
import { checklistAt } from '@/lib/instructions'
import { getClinicFormats } from '@/payload/queries/content'
import {
  getMyAppointment,
  instructionScheduleFor,
  instructionsConfirmedAt,
  requirePatient,
} from '@/payload/queries/portal'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('instructions'))('meta') }
}

type Params = Promise<{ id: string }>

/** The patient's own dated checklist for one appointment. Another patient's appointment is simply "not found". */
export default async function InstructionsPage({ params }: { params: Params }) {
  const { id } = await params
  const patient = await requirePatient()
  const appointment = await getMyAppointment(patient, id)
  if (!appointment) notFound()
  const [schedule, confirmedAt, clinic, t, tAppointments, locale, formats] = await Promise.all([
    instructionScheduleFor(patient, appointment),
    instructionsConfirmedAt(patient, appointment.id),
    getClinicContact(),
    getTranslations('instructions'),
    getTranslations('appointments'),
    getLocale(),
    getClinicFormats(),
  ])
  const appointmentStart = new Date(appointment.scheduledAt)
  const when = formatDateTime(appointmentStart, formats, locale)
  const steps = checklistAt(schedule, appointmentStart, new Date(), formats.timeZone)
  const call = { phone: clinic.phone, tel: telTag(clinic.phone) }

  return (
    <>
      <PortalPageHeader eyebrow={t('eyebrow')} title={t('title', { when })} />
      <dl className="facts appointment-summary">
        <dt>{t('procedure')}</dt>
        <dd>{appointmentWhat(appointment, locale)}</dd>
        <dt>{tAppointments('side')}</dt>
        <dd>{sideLabel(appointment.side, locale)}</dd>
        <dt>{tAppointments('levels')}</dt>
        <dd>{appointment.levels}</dd>
        {appointment.location && (
          <>
            <dt>{tAppointments('where')}</dt>
            <dd>{appointment.location}</dd>
          </>
        )}
      </dl>

      {schedule.length === 0 ? (
        <Notice title={t('noneTitle')}>
          <p>{t.rich('none', call)}</p>
        </Notice>
      ) : (
        <>
          <p>{t.rich('intro', call)}</p>
          <div className="button-row no-print">
            <PrintButton />
            <a className="calendar-link" href={portalPaths.calendar(appointment.id)}>
              {t('calendar')}
            </a>
          </div>
          <InstructionChecklist steps={steps} clinicPhone={clinic.phone} />
          <section className="confirm-instructions no-print" aria-labelledby="confirm-heading">
            <h2 id="confirm-heading">{t('confirmHeading')}</h2>
            <ConfirmInstructionsForm appointmentId={appointment.id} confirmedAt={confirmedAt} formats={formats} />
          </section>
        </>
      )}

      <p className="form-links no-print">
        <Link href="/portal" prefetch={false}>
          {t('back')}
        </Link>
      </p>
    </>
  )
}
