import type { ImprovementStatus } from './scoring'

/** Duration of benefit as a Kaplan-Meier curve of "still improved" (rule 6 of README.md beside this file). */

export interface FollowUpObservation {
  /** Days from the ablation to the answer. */
  days: number
  /** The judged improvement at that follow-up (`judgeImprovement`). */
  status: ImprovementStatus
}

export interface PatientSeries {
  id: string
  observations: readonly FollowUpObservation[]
}

/** One patient's contribution: relief ended (event) at `days`, or was still there at `days` (censored). */
export interface BenefitDuration {
  id: string
  days: number
  ended: boolean
}

export interface SurvivalStep {
  days: number
  atRisk: number
  events: number
  censored: number
  /** Share still improved just after `days`, 0-1. */
  survival: number
}

export interface SurvivalCurve {
  /** Starts at day 0 with everyone at risk and survival 1, then one step per distinct time. */
  steps: SurvivalStep[]
  /** First time the curve reaches 0.5 or below; null when not reached. */
  medianDays: number | null
  /** Patients on the curve (improved at some follow-up). */
  included: number
  /** Patients never improved at any judged follow-up: not on the curve. */
  neverImproved: number
}

/**
 * Rule 6: how long one patient's benefit lasted. Indeterminate follow-ups are skipped. The benefit
 * starts at the first improved follow-up; the event is the first later follow-up no longer improved
 * (relief ended by then); with none, the patient is censored at their last improved follow-up.
 * Returns null when the patient was never improved.
 */
export function benefitDuration(series: PatientSeries): BenefitDuration | null {
  const judged = series.observations
    .filter((observation) => observation.status !== 'indeterminate' && Number.isFinite(observation.days) && observation.days >= 0)
    .sort((a, b) => a.days - b.days)
  const start = judged.findIndex((observation) => observation.status === 'improved')
  if (start === -1) return null
  const startDay = judged[start].days
  let lastImproved = startDay
  // Only a follow-up on a later day can show the benefit ended: two answers on the first improved day are one moment.
  for (const observation of judged.slice(start + 1).filter((later) => later.days > startDay)) {
    if (observation.status === 'not-improved') return { id: series.id, days: observation.days, ended: true }
    lastImproved = observation.days
  }
  return { id: series.id, days: lastImproved, ended: false }
}

/**
 * Rule 6: the Kaplan-Meier product-limit estimate. At each distinct time t with n at risk (still
 * followed at t) and d ended, survival is multiplied by (1 - d/n). A patient censored at t counts
 * as at risk at t (censoring after events at the same time, the usual convention).
 */
export function kaplanMeier(durations: readonly BenefitDuration[]): Omit<SurvivalCurve, 'neverImproved'> {
  const times = [...new Set(durations.map((duration) => duration.days))].sort((a, b) => a - b)
  const steps: SurvivalStep[] = [{ days: 0, atRisk: durations.length, events: 0, censored: 0, survival: 1 }]
  let survival = 1
  let medianDays: number | null = null
  for (const days of times) {
    const atRisk = durations.filter((duration) => duration.days >= days).length
    const events = durations.filter((duration) => duration.days === days && duration.ended).length
    const censored = durations.filter((duration) => duration.days === days && !duration.ended).length
    survival *= 1 - events / atRisk
    if (medianDays === null && events > 0 && survival <= 0.5 + 1e-12) medianDays = days
    if (days === 0) steps[0] = { days, atRisk, events, censored, survival }
    else steps.push({ days, atRisk, events, censored, survival })
  }
  return { steps, medianDays, included: durations.length }
}

/** Rule 6 end to end: the curve of "still improved" over a cohort's follow-up series. */
export function benefitSurvival(series: readonly PatientSeries[]): SurvivalCurve {
  const durations = series.map(benefitDuration)
  const onCurve = durations.filter((duration): duration is BenefitDuration => duration !== null)
  return { ...kaplanMeier(onCurve), neverImproved: durations.length - onCurve.length }
}
