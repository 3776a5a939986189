/**
 * The specialist's decision as the patient reads it, kept consistent with what the clinic has already
 * booked: once the next block or the ablation is in the diary, the patient reads its date instead of
 * "the clinic will call you".
 */
import { type ClinicFormats, formatDateTime } from '../dates'
import { blockLabel } from './blocks'
import { isReviewDecision, OUTCOME_FOR_PATIENT, type ReviewDecision } from './decisions'

export type AppointmentKind = 'block' | 'ablation'

/** An upcoming appointment of the patient's, as far as the outcome wording needs it. */
export type BookedAppointment = { id: number; scheduledAt: Date; kind: AppointmentKind; blockNumber: number }

export type PatientOutcome = { title: string; nextStep: string; booked: BookedAppointment | null }

/** Radiofrequency ablation appointments are those of a procedure whose slug names it; everything else is a block. */
export function appointmentKind(procedureSlug: string | null | undefined): AppointmentKind {
  return procedureSlug && /ablation/i.test(procedureSlug) ? 'ablation' : 'block'
}

const FOLLOW_UP_KIND: Record<ReviewDecision, AppointmentKind | null> = {
  'proceed-to-rfa': 'ablation',
  'repeat-block': 'block',
  'repeat-diary': 'block',
  'not-facet-mediated': null,
}

/** The booked appointment that carries out the decision: the soonest of the right kind after the reviewed one. */
export function followUpFor(decision: ReviewDecision, reviewedAt: Date, upcoming: readonly BookedAppointment[]): BookedAppointment | null {
  const kind = FOLLOW_UP_KIND[decision]
  if (!kind) return null
  const candidates = upcoming.filter((appointment) => appointment.kind === kind && appointment.scheduledAt.getTime() > reviewedAt.getTime())
  return candidates.sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime())[0] ?? null
}

function bookedNextStep(decision: ReviewDecision, booked: BookedAppointment, formats: ClinicFormats): string {
  const when = formatDateTime(booked.scheduledAt, formats)
  switch (decision) {
    case 'proceed-to-rfa':
      return `The blocks eased your usual pain in the way that points to the facet joints. The next step aims for longer-lasting relief: your radiofrequency ablation is booked for ${when}.`
    case 'repeat-block':
      return `A second block on another day helps confirm the first result. Your ${blockLabel(booked.blockNumber)} is booked for ${when}.`
    case 'repeat-diary':
      return `The diary did not give enough information to decide, so the block is repeated with a new diary. Your ${blockLabel(booked.blockNumber)} is booked for ${when}.`
    default:
      return OUTCOME_FOR_PATIENT[decision].nextStep
  }
}

/**
 * The decision in plain words with its next step. `appointmentAt` is the reviewed appointment's
 * time; `upcoming` the patient's upcoming appointments. Null for anything that is not a decision.
 */
export function patientOutcome(
  decision: string | null | undefined,
  appointmentAt: Date,
  upcoming: readonly BookedAppointment[],
  formats: ClinicFormats,
): PatientOutcome | null {
  if (!isReviewDecision(decision)) return null
  const { title, nextStep } = OUTCOME_FOR_PATIENT[decision]
  const booked = followUpFor(decision, appointmentAt, upcoming)
  return { title, nextStep: booked ? bookedNextStep(decision, booked, formats) : nextStep, booked }
}
