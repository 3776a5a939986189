import type { Payload, PayloadRequest } from 'payload'

import { frozenInstruments, frozenPlan } from '@/collections/FollowUps/frozen'
import { planFromRows } from '@/collections/FollowUpPlans/definition'
import { instrumentFromRow, type InstrumentRow } from '@/collections/OutcomeInstruments/definition'
import { appointmentKind } from '@/lib/clinical'
import {
  DEFAULT_FOLLOW_UP_PLAN,
  followUpPlanSchema,
  followUpQuestionnaires,
  instrumentSchema,
  SHIPPED_INSTRUMENTS,
  type AnswerSet,
  type FollowUpPlan,
  type Instrument,
  type PointQuestionnaire,
  type StoredAnswerSet,
} from '@/lib/outcomes'
import { relationId } from '@/lib/relations'
import type { Appointment, FollowUp, FollowUpResponse } from '@/payload-types'
import { asSystem } from '../access'

type Req = Partial<PayloadRequest>

/** Procedures that are an ablation (by slug, as the portal tells appointment kinds apart). */
export async function ablationProcedureIds(payload: Payload, req?: Req): Promise<number[]> {
  // asSystem: which procedures are ablations is public content, read to tie clinical records together.
  const { docs } = await payload.find({ collection: 'procedures', where: { slug: { like: 'ablation' } }, select: { slug: true }, depth: 0, limit: 20, ...asSystem, req })
  return docs.filter((doc) => appointmentKind(doc.slug) === 'ablation').map((doc) => doc.id)
}

/** The patient's ablation appointment the follow-up counts from: the soonest not cancelled at or after `after`. */
export async function findAblationAppointment(payload: Payload, patientId: number, after: Date, req?: Req): Promise<Appointment | null> {
  const procedureIds = await ablationProcedureIds(payload, req)
  if (procedureIds.length === 0) return null
  // asSystem: the decision hook looks up the same patient's ablation booking to tie the follow-up to it.
  const { docs } = await payload.find({
    collection: 'appointments',
    where: {
      patient: { equals: patientId },
      procedure: { in: procedureIds },
      status: { not_equals: 'cancelled' },
      scheduledAt: { greater_than_equal: after.toISOString() },
    },
    sort: 'scheduledAt',
    limit: 1,
    depth: 0,
    ...asSystem,
    req,
  })
  return docs[0] ?? null
}

/** The plan for the ablation procedure from the CMS (instrument keys resolved), else the default plan. */
async function planToCopy(payload: Payload, procedureId: number | null, req?: Req): Promise<{ plan: FollowUpPlan; planId: number | null }> {
  const procedureIds = procedureId ? [procedureId] : await ablationProcedureIds(payload, req)
  if (procedureIds.length > 0) {
    // asSystem: the clinic's plan is configuration, copied into the follow-up the decision starts.
    const { docs } = await payload.find({ collection: 'follow-up-plans', where: { procedure: { in: procedureIds } }, depth: 1, limit: 1, ...asSystem, req })
    const doc = docs[0]
    if (doc) {
      const rows = (doc.points ?? []).map((point) => ({
        ...point,
        instrumentKeys: (point.instruments ?? []).flatMap((instrument) => (typeof instrument === 'object' && instrument ? [instrument.key] : [])),
      }))
      const parsed = followUpPlanSchema.safeParse(planFromRows(doc.dueTime, rows))
      if (parsed.success) return { plan: parsed.data, planId: doc.id }
    }
  }
  return { plan: structuredClone(DEFAULT_FOLLOW_UP_PLAN) as FollowUpPlan, planId: null }
}

/** The definitions of the instruments a plan asks, from the CMS, else the shipped one of that key. */
async function instrumentsToCopy(payload: Payload, plan: FollowUpPlan, req?: Req): Promise<Instrument[]> {
  const keys = [...new Set(plan.points.flatMap((point) => point.instrumentIds))]
  // asSystem: the questionnaires are configuration, copied into the follow-up the decision starts.
  const { docs } = await payload.find({ collection: 'outcome-instruments', where: { key: { in: keys } }, depth: 0, limit: keys.length, ...asSystem, req })
  return keys.flatMap((key) => {
    const doc = docs.find((candidate) => candidate.key === key)
    const parsed = doc ? instrumentSchema.safeParse(instrumentFromRow(doc as unknown as InstrumentRow)) : null
    if (parsed?.success) return [parsed.data]
    const shipped = SHIPPED_INSTRUMENTS.find((instrument) => instrument.id === key)
    return shipped ? [structuredClone(shipped) as Instrument] : []
  })
}

/**
 * Starts the follow-up of a "radiofrequency ablation" decision (once per diary): copies the plan and
 * its questionnaires and ties it to the patient's ablation appointment when one is booked after the
 * reviewed block. Runs in the decision's transaction.
 */
export async function startFollowUp(payload: Payload, diary: { id: number; patient: unknown; appointment: unknown }, req: Req): Promise<number | null> {
  // asSystem: the hook checks whether this decision already started a follow-up.
  const existing = await payload.count({ collection: 'follow-ups', where: { diary: { equals: diary.id } }, ...asSystem, req })
  if (existing.totalDocs > 0) return null
  const patientId = relationId(diary.patient)!
  // asSystem: the reviewed block's date, from the appointment of the diary just decided.
  const block = await payload.findByID({ collection: 'appointments', id: relationId(diary.appointment)!, depth: 0, ...asSystem, req })
  const ablation = await findAblationAppointment(payload, patientId, new Date(block.scheduledAt), req)
  const { plan, planId } = await planToCopy(payload, relationId(ablation?.procedure), req)
  const instruments = await instrumentsToCopy(payload, plan, req)
  const created = await payload.create({
    collection: 'follow-ups',
    // asSystem: the specialist's decision starts the follow-up; no request may create one.
    ...asSystem,
    req,
    data: {
      title: `Ablation follow-up · diary ${diary.id}`,
      patient: patientId,
      diary: diary.id,
      ablationAppointment: ablation?.id ?? null,
      planSource: planId,
      // JSON copies: the plan and definitions as they are now (collections/FollowUps/frozen.ts reads them back).
      plan: plan as unknown as Record<string, unknown>,
      instruments,
    },
  })
  return created.id
}

/**
 * A newly booked ablation appointment is tied to the patient's follow-ups still waiting for one, so
 * their plan starts counting from it. Returns the follow-ups counting from this appointment (newly
 * tied or already), whose reminders follow its time and status.
 */
export async function attachAblationAppointment(payload: Payload, appointment: Appointment, req: Req): Promise<number[]> {
  const procedureIds = await ablationProcedureIds(payload, req)
  if (!procedureIds.includes(relationId(appointment.procedure) ?? -1)) return []
  if (appointment.status !== 'cancelled') {
    // asSystem: the booking ties the same patient's follow-ups to it; the staff member's change was allowed.
    await payload.update({
      collection: 'follow-ups',
      where: { patient: { equals: relationId(appointment.patient) }, ablationAppointment: { exists: false } },
      data: { ablationAppointment: appointment.id },
      ...asSystem,
      req,
    })
  }
  // asSystem: which follow-ups count from this appointment, to plan their reminders again.
  const { docs } = await payload.find({ collection: 'follow-ups', where: { ablationAppointment: { equals: appointment.id } }, depth: 0, pagination: false, ...asSystem, req })
  return docs.map((doc) => doc.id)
}

/** A stored response as lib/outcomes reads it. */
export function storedAnswerSet(response: Pick<FollowUpResponse, 'id' | 'pointKey' | 'instrumentKey' | 'answeredAt' | 'answers'>): StoredAnswerSet {
  return {
    id: response.id,
    pointKey: response.pointKey,
    instrumentId: response.instrumentKey,
    answeredAt: new Date(response.answeredAt),
    answers: (response.answers ?? {}) as AnswerSet,
  }
}

export type FollowUpView = {
  followUp: FollowUp
  ablation: Appointment | null
  /** The ablation time, when one is booked and not cancelled. */
  ablationAt: Date | null
  plan: FollowUpPlan | null
  instruments: Instrument[]
  responses: FollowUpResponse[]
  questionnaires: PointQuestionnaire[]
}

/** The follow-up with its questionnaires' states at `now`; `ablation` and `responses` are read by the caller with its own access. */
export function followUpView(
  followUp: FollowUp,
  ablation: Appointment | null,
  responses: FollowUpResponse[],
  now: Date,
  timeZone: string,
  thresholdPercent?: number,
): FollowUpView {
  const plan = frozenPlan(followUp.plan)
  const instruments = frozenInstruments(followUp.instruments)
  const ablationAt = ablation && ablation.status !== 'cancelled' ? new Date(ablation.scheduledAt) : null
  const questionnaires = plan
    ? followUpQuestionnaires({ ablationAt, plan, instruments, answers: responses.map(storedAnswerSet), now, timeZone, thresholdPercent })
    : []
  return { followUp, ablation, ablationAt, plan, instruments, responses, questionnaires }
}
