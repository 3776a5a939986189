import type { Payload } from 'payload'

import {
  answerSetToQuestionnaireResponse,
  compareWithBaseline,
  DEFAULT_FOLLOW_UP_PLAN,
  scoreAnswers,
  scoreToObservations,
  SHIPPED_INSTRUMENTS,
  summariseCohort,
  type CohortInput,
  type CohortSummary,
  type Instrument,
} from '@/lib/outcomes'
import { relationId } from '@/lib/relations'
import type { FollowUp, FollowUpResponse, Patient } from '@/payload-types'
import type { Bundle, FhirResource } from 'fhir/r4'
import { actAs } from '../access'
import type { Clinician } from '../clinical/clinician'
import { loadBlocksInPeriod } from '../clinical/diaryReview'
import { serverUrl } from '../env'
import { loadOutcomeThreshold } from '../globals/BlockAnalysisSettings'
import { frozenInstruments, frozenPlan } from '@/collections/FollowUps/frozen'
import { ablationProcedureIds, storedAnswerSet } from './followUps'

export type Period = { from: Date; to: Date }

export type CohortData = {
  input: CohortInput
  summary: CohortSummary
  /** The answer sets of the period's ablations, with what the FHIR export needs. */
  responses: { response: FollowUpResponse; followUp: FollowUp; instrument: Instrument; patient: Patient; ablationAppointmentId: number }[]
  thresholdPercent: number
}

/**
 * Everything the outcomes page and its exports show for a period, read with the clinician's own
 * access: blocks with their verdicts per profile, ablations done (from the first block of the
 * period on, so "went on to ablation" sees them), the follow-ups of those ablations and their answers.
 */
export async function loadCohort(payload: Payload, clinician: Clinician, period: Period, now = new Date()): Promise<CohortData> {
  const as = { ...actAs(clinician) }
  const [blocks, procedureIds, thresholdPercent] = await Promise.all([
    loadBlocksInPeriod(payload, clinician, period),
    ablationProcedureIds(payload),
    loadOutcomeThreshold(payload),
  ])
  const earliest = new Date(Math.min(period.from.getTime(), ...blocks.map((block) => new Date(block.appointment.scheduledAt).getTime())))
  const { docs: ablationAppointments } = procedureIds.length
    ? await payload.find({
        collection: 'appointments',
        where: {
          procedure: { in: procedureIds },
          status: { not_equals: 'cancelled' },
          scheduledAt: { greater_than_equal: earliest.toISOString(), less_than_equal: now.toISOString() },
        },
        pagination: false,
        depth: 0,
        ...as,
      })
    : { docs: [] }
  const ablationIds = ablationAppointments.map((appointment) => appointment.id)
  const { docs: followUps } = ablationIds.length
    ? await payload.find({ collection: 'follow-ups', where: { ablationAppointment: { in: ablationIds } }, pagination: false, depth: 0, ...as })
    : { docs: [] }
  const { docs: responses } = followUps.length
    ? await payload.find({ collection: 'follow-up-responses', where: { followUp: { in: followUps.map((followUp) => followUp.id) } }, pagination: false, depth: 0, sort: 'answeredAt', ...as })
    : { docs: [] }
  const patientIds = [...new Set(followUps.map((followUp) => relationId(followUp.patient)!))]
  const { docs: patients } = patientIds.length
    ? await payload.find({ collection: 'patients', where: { id: { in: patientIds } }, pagination: false, depth: 0, ...as })
    : { docs: [] }

  const instruments = new Map<string, Instrument>()
  for (const followUp of followUps) for (const instrument of frozenInstruments(followUp.instruments)) if (!instruments.has(instrument.id)) instruments.set(instrument.id, instrument)
  if (instruments.size === 0) for (const instrument of SHIPPED_INSTRUMENTS) instruments.set(instrument.id, instrument as Instrument)
  const plan = followUps.map((followUp) => frozenPlan(followUp.plan)).find((candidate) => candidate !== null) ?? DEFAULT_FOLLOW_UP_PLAN
  const followUpById = new Map(followUps.map((followUp) => [followUp.id, followUp]))
  const baselineKey = plan.points.find((point) => point.timing.kind === 'baseline')?.key ?? 'baseline'

  const input: CohortInput = {
    period,
    blocks: blocks.map((block) => ({
      id: String(block.diary.id),
      patientId: String(relationId(block.diary.patient)),
      performedAt: new Date(block.diary.blockTime ?? block.appointment.scheduledAt),
      verdicts: block.analyses.map(({ profile, block: analysis }) => ({ profileId: profile.id, verdict: analysis.verdict })),
    })),
    ablations: ablationAppointments.map((appointment) => ({ id: String(appointment.id), patientId: String(relationId(appointment.patient)), performedAt: new Date(appointment.scheduledAt) })),
    followUps: responses.flatMap((response) => {
      const followUp = followUpById.get(relationId(response.followUp)!)
      const ablationId = relationId(followUp?.ablationAppointment)
      if (!ablationId) return []
      const stored = storedAnswerSet(response)
      return [{ ablationId: String(ablationId), pointKey: stored.pointKey, instrumentId: stored.instrumentId, answeredAt: stored.answeredAt, answers: stored.answers }]
    }),
    instruments: [...instruments.values()],
    points: plan.points.filter((point) => point.timing.kind === 'after').map((point) => ({ key: point.key, label: point.label })),
    baselineKey,
    improvementThresholdPercent: thresholdPercent,
  }
  const summary = summariseCohort(input)
  const inPeriod = new Set(input.ablations.filter((ablation) => ablation.performedAt >= period.from && ablation.performedAt < period.to).map((ablation) => Number(ablation.id)))
  const patientById = new Map(patients.map((patient) => [patient.id, patient]))
  return {
    input,
    summary,
    thresholdPercent,
    responses: responses.flatMap((response) => {
      const followUp = followUpById.get(relationId(response.followUp)!)
      const ablationAppointmentId = relationId(followUp?.ablationAppointment)
      const instrument = instruments.get(response.instrumentKey)
      const patient = patientById.get(relationId(response.patient)!)
      if (!followUp || !ablationAppointmentId || !inPeriod.has(ablationAppointmentId) || !instrument || !patient) return []
      return [{ response, followUp, instrument, patient, ablationAppointmentId }]
    }),
  }
}

/** The period's answer sets as FHIR R4: a collection Bundle, each QuestionnaireResponse followed by its score Observations. */
export function cohortFhirBundle(data: CohortData, generatedAt = new Date()): Bundle {
  const resources: FhirResource[] = []
  for (const { response, instrument, patient, ablationAppointmentId } of data.responses) {
    const context = { patient: { id: patient.id, name: patient.fullName }, ablationAppointmentId, pointKey: response.pointKey }
    const stored = storedAnswerSet(response)
    resources.push(
      answerSetToQuestionnaireResponse({
        ...context,
        id: `outcome-${response.id}`,
        instrument,
        questionnaireUrl: `${serverUrl()}/fhir/Questionnaire/outcome-${instrument.id}`,
        answeredAt: stored.answeredAt,
        answers: stored.answers,
      }),
    )
    const score = scoreAnswers(instrument, stored.answers)
    const baseline = data.responses.find(
      (other) => other.followUp.id === relationId(response.followUp) && other.response.instrumentKey === instrument.id && other.response.pointKey === (data.input.baselineKey ?? 'baseline'),
    )
    const baselineTotal = baseline && baseline.response.id !== response.id ? scoreAnswers(instrument, storedAnswerSet(baseline.response).answers).total : null
    resources.push(
      ...scoreToObservations({
        ...context,
        id: `outcome-score-${response.id}`,
        answerSetId: `outcome-${response.id}`,
        instrument,
        effectiveAt: stored.answeredAt,
        score,
        change: baselineTotal !== null && score.total !== null ? compareWithBaseline(instrument, baselineTotal, score.total) : null,
      }),
    )
  }
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: generatedAt.toISOString(),
    entry: resources.map((resource) => ({ fullUrl: `${serverUrl()}/fhir/${resource.resourceType}/${resource.id}`, resource })),
  }
}
