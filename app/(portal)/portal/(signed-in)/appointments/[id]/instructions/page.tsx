import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { procedureTitle, SIDE_LABELS } from '@/components/portal/appointmentText'
import { blockLabel } from '@/lib/clinical'
import { portalPaths } from '@/lib/paths'
import { getClinicContact } from '@/components/portal/clinic'
import { ConfirmInstructionsForm } from '@/components/portal/ConfirmInstructionsForm'
import { InstructionChecklist } from '@/components/portal/InstructionChecklist'
import { Notice } from '@/components/portal/Notice'
import { PortalPageHeader } from '@/components/portal/PortalPageHeader'
import { PrintButton } from '@/components/portal/PrintButton'
import { telHref } from '@/lib/text/phone-numbers'
import { formatDateTime } from '@/lib/dates'
import { checklistAt } from '@/lib/instructions'
import {
  getMyAppointment,
  instructionScheduleFor,
  instructionsConfirmedAt,
  requirePatient,
} from '@/payload/queries/portal'

export const metadata: Metadata = { title: 'Your instructions' }

type Params = Promise<{ id: string }>

/** The patient's own dated checklist for one appointment. Another patient's appointment is simply "not found". */
export default async function InstructionsPage({ params }: { params: Params }) {
  const { id } = await params
  const patient = await requirePatient()
  const appointment = await getMyAppointment(patient, id)
  if (!appointment) notFound()
  const [schedule, confirmedAt, clinic] = await Promise.all([
    instructionScheduleFor(patient, appointment),
    instructionsConfirmedAt(patient, appointment.id),
    getClinicContact(),
  ])
  const appointmentStart = new Date(appointment.scheduledAt)
  const when = formatDateTime(appointmentStart)
  const steps = checklistAt(schedule, appointmentStart, new Date())

  return (
    <>
      <PortalPageHeader eyebrow="Your instructions" title={`Your appointment on ${when}`} />
      <dl className="facts appointment-summary">
        <dt>Procedure</dt>
        <dd>
          {procedureTitle(appointment)}, {blockLabel(appointment.blockNumber)}
        </dd>
        <dt>Side</dt>
        <dd>{SIDE_LABELS[appointment.side] ?? appointment.side}</dd>
        <dt>Levels</dt>
        <dd>{appointment.levels}</dd>
        {appointment.location && (
          <>
            <dt>Where</dt>
            <dd>{appointment.location}</dd>
          </>
        )}
      </dl>

      {schedule.length === 0 ? (
        <Notice title="No instructions yet">
          <p>
            The clinic has not added instructions for this procedure yet. If you have questions about getting ready, call the clinic on{' '}
            <a href={telHref(clinic.phone)}>{clinic.phone}</a>.
          </p>
        </Notice>
      ) : (
        <>
          <p>
            Follow these steps to get ready for your appointment. Each one says when to do it. If something does not fit your situation,
            call the clinic on <a href={telHref(clinic.phone)}>{clinic.phone}</a>.
          </p>
          <div className="button-row no-print">
            <PrintButton />
            <a className="calendar-link" href={portalPaths.calendar(appointment.id)}>
              Add to your calendar (.ics)
            </a>
          </div>
          <InstructionChecklist steps={steps} clinicPhone={clinic.phone} />
          <section className="confirm-instructions no-print" aria-labelledby="confirm-heading">
            <h2 id="confirm-heading">Have you read them?</h2>
            <ConfirmInstructionsForm appointmentId={appointment.id} confirmedAt={confirmedAt} />
          </section>
        </>
      )}

      <p className="form-links no-print">
        <Link href="/portal" prefetch={false}>
          Back to your appointments
        </Link>
      </p>
    </>
  )
}
