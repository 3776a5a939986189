import { formatDate, formatDateTime, type ClinicFormats } from '@/lib/dates'
import { blockLabel, patientOutcome, type BookedAppointment } from '@/lib/clinical'

type Props = {
  decision: string
  decidedAt: string | null
  headingId: string
  /** The reviewed appointment: when it was and which block of the series. */
  appointment: { scheduledAt: string; blockNumber: number }
  /** The patient's upcoming appointments, so the next step names the one already booked. */
  upcoming?: readonly BookedAppointment[]
  /** 2 at the top of the dashboard, 3 inside a past appointment. */
  headingLevel?: 2 | 3
  id?: string
  /** The clinic's time zone and date wording (site settings). */
  formats: ClinicFormats
}

/** The specialist's conclusion in plain words, with the next step. Never shown as a diagnosis. */
export function OutcomePanel({ decision, decidedAt, headingId, appointment, upcoming = [], headingLevel = 3, id, formats }: Props) {
  const outcome = patientOutcome(decision, new Date(appointment.scheduledAt), upcoming, formats)
  if (!outcome) return null
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="outcome" aria-labelledby={headingId} id={id} tabIndex={id ? -1 : undefined}>
      <Heading id={headingId}>Result from your specialist{decidedAt ? `, ${formatDate(new Date(decidedAt), formats)}` : ''}</Heading>
      <p className="outcome__about">
        About your {blockLabel(appointment.blockNumber)} on {formatDateTime(new Date(appointment.scheduledAt), formats)}.
      </p>
      <p>
        <strong>{outcome.title}.</strong> {outcome.nextStep}
      </p>
      <p>Questions about it? Call the clinic: your specialist is happy to explain.</p>
    </section>
  )
}
