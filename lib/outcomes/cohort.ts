import type { Verdict } from '../block-analysis'
import type { AnswerSet, Instrument } from './instruments'
import { judgeImprovement, roundTo, scoreAnswers, type Score } from './scoring'
import { benefitSurvival, type PatientSeries, type SurvivalCurve } from './survival'

/** The clinic's outcomes for a period, from plain records (rule 7 of README.md beside this file). */

export interface CohortBlock {
  id: string
  patientId: string
  performedAt: Date
  /** The block's verdict under each criteria profile (lib/block-analysis). */
  verdicts: readonly { profileId: string; verdict: Verdict }[]
}

export interface CohortAblation {
  id: string
  patientId: string
  performedAt: Date
}

export interface CohortFollowUp {
  ablationId: string
  /** The plan point answered, e.g. 'baseline', '6-weeks'. */
  pointKey: string
  instrumentId: string
  answeredAt: Date
  answers: AnswerSet
}

export interface CohortInput {
  period: { from: Date; to: Date }
  blocks: readonly CohortBlock[]
  ablations: readonly CohortAblation[]
  followUps: readonly CohortFollowUp[]
  instruments: readonly Instrument[]
  /** Plan points after the ablation, in order (keys and labels); the baseline is not listed. */
  points: readonly { key: string; label: string }[]
  baselineKey?: string
  /** Instrument whose improvement draws the duration-of-benefit curve; default 'peg'. */
  survivalInstrumentId?: string
  /** The clinic's threshold for change-from-baseline instruments; default: each instrument's own. */
  improvementThresholdPercent?: number
}

export interface ProfileShare {
  profileId: string
  judged: number
  positive: number
  negative: number
  indeterminate: number
  /** positive / judged, 0-1; null when nothing was judged. */
  sharePositive: number | null
}

export interface PointOutcome {
  pointKey: string
  label: string
  instrumentId: string
  answered: number
  improved: number
  notImproved: number
  indeterminate: number
  /** improved / (improved + not improved), 0-1; null when none could be judged. */
  shareImproved: number | null
  /** Median change from baseline of the total score (change-from-baseline instruments only). */
  medianChange: number | null
  medianChangePercent: number | null
}

export interface CohortSummary {
  period: { from: Date; to: Date }
  blocksGiven: number
  patientsBlocked: number
  profiles: ProfileShare[]
  /** Patients blocked in the period who had an ablation after their first block of the period. */
  patientsWentOnToAblation: number
  ablationsInPeriod: number
  outcomes: PointOutcome[]
  durationOfBenefit: SurvivalCurve | null
}

const DAY_MS = 86_400_000

function inPeriod(date: Date, period: { from: Date; to: Date }): boolean {
  return date.getTime() >= period.from.getTime() && date.getTime() < period.to.getTime()
}

/** The middle value (mean of the two middle values for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const value = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return roundTo(value, 1)
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole
}

function profileShares(blocks: readonly CohortBlock[]): ProfileShare[] {
  const profileIds = [...new Set(blocks.flatMap((block) => block.verdicts.map((verdict) => verdict.profileId)))]
  return profileIds.map((profileId) => {
    const verdicts = blocks.flatMap((block) => block.verdicts.filter((verdict) => verdict.profileId === profileId))
    const count = (wanted: Verdict) => verdicts.filter((verdict) => verdict.verdict === wanted).length
    const positive = count('positive')
    return {
      profileId,
      judged: verdicts.length,
      positive,
      negative: count('negative'),
      indeterminate: count('indeterminate'),
      sharePositive: share(positive, verdicts.length),
    }
  })
}

function patientsWentOnToAblation(blocks: readonly CohortBlock[], ablations: readonly CohortAblation[]): number {
  const firstBlock = new Map<string, number>()
  for (const block of blocks) {
    const time = block.performedAt.getTime()
    firstBlock.set(block.patientId, Math.min(firstBlock.get(block.patientId) ?? time, time))
  }
  const ablated = new Set(
    ablations
      .filter((ablation) => {
        const blockTime = firstBlock.get(ablation.patientId)
        return blockTime !== undefined && ablation.performedAt.getTime() >= blockTime
      })
      .map((ablation) => ablation.patientId),
  )
  return ablated.size
}

interface JudgedFollowUp {
  ablationId: string
  pointKey: string
  instrumentId: string
  days: number
  score: Score
  improvement: ReturnType<typeof judgeImprovement>
}

/** Scores every follow-up of the period's ablations and judges it against that ablation's baseline. */
function judgeFollowUps(input: CohortInput, ablations: readonly CohortAblation[]): JudgedFollowUp[] {
  const baselineKey = input.baselineKey ?? 'baseline'
  const instruments = new Map(input.instruments.map((instrument) => [instrument.id, instrument]))
  const ablationsById = new Map(ablations.map((ablation) => [ablation.id, ablation]))
  const followUps = input.followUps.filter((followUp) => ablationsById.has(followUp.ablationId) && instruments.has(followUp.instrumentId))
  const baselineOf = (ablationId: string, instrumentId: string) =>
    followUps.find((f) => f.ablationId === ablationId && f.instrumentId === instrumentId && f.pointKey === baselineKey)
  return followUps
    .filter((followUp) => followUp.pointKey !== baselineKey)
    .map((followUp) => {
      const instrument = instruments.get(followUp.instrumentId)!
      const baseline = baselineOf(followUp.ablationId, followUp.instrumentId)
      const score = scoreAnswers(instrument, followUp.answers)
      const baselineScore = baseline ? scoreAnswers(instrument, baseline.answers) : null
      const threshold = instrument.improvement.rule === 'change-from-baseline' ? input.improvementThresholdPercent : undefined
      const ablatedAt = ablationsById.get(followUp.ablationId)!.performedAt.getTime()
      return {
        ablationId: followUp.ablationId,
        pointKey: followUp.pointKey,
        instrumentId: followUp.instrumentId,
        days: (followUp.answeredAt.getTime() - ablatedAt) / DAY_MS,
        score,
        improvement: judgeImprovement(instrument, score, baselineScore, threshold),
      }
    })
}

function pointOutcome(point: { key: string; label: string }, instrumentId: string, judged: readonly JudgedFollowUp[]): PointOutcome {
  const here = judged.filter((followUp) => followUp.pointKey === point.key && followUp.instrumentId === instrumentId)
  const count = (status: string) => here.filter((followUp) => followUp.improvement.status === status).length
  const improved = count('improved')
  const notImproved = count('not-improved')
  const changes = here.flatMap((followUp) => (followUp.improvement.change ? [followUp.improvement.change] : []))
  return {
    pointKey: point.key,
    label: point.label,
    instrumentId,
    answered: here.length,
    improved,
    notImproved,
    indeterminate: count('indeterminate'),
    shareImproved: share(improved, improved + notImproved),
    medianChange: median(changes.map((change) => change.absolute)),
    medianChangePercent: median(changes.flatMap((change) => (change.percent === null ? [] : [change.percent]))),
  }
}

function survivalSeries(judged: readonly JudgedFollowUp[], instrumentId: string): PatientSeries[] {
  const byAblation = new Map<string, PatientSeries['observations'][number][]>()
  for (const followUp of judged.filter((candidate) => candidate.instrumentId === instrumentId)) {
    const observations = byAblation.get(followUp.ablationId) ?? []
    observations.push({ days: followUp.days, status: followUp.improvement.status })
    byAblation.set(followUp.ablationId, observations)
  }
  return [...byAblation].map(([id, observations]) => ({ id, observations }))
}

/**
 * Rule 7: blocks given in the period and the share positive under each profile; how many of those
 * patients went on to an ablation; for the ablations done in the period, at each plan point and for
 * each instrument, the share improved and the median change; and the duration of benefit.
 */
export function summariseCohort(input: CohortInput): CohortSummary {
  const blocks = input.blocks.filter((block) => inPeriod(block.performedAt, input.period))
  const ablations = input.ablations.filter((ablation) => inPeriod(ablation.performedAt, input.period))
  const judged = judgeFollowUps(input, ablations)
  const outcomes = input.points.flatMap((point) =>
    input.instruments.map((instrument) => pointOutcome(point, instrument.id, judged)),
  )
  const survivalInstrumentId = input.survivalInstrumentId ?? 'peg'
  const hasSurvivalInstrument = input.instruments.some((instrument) => instrument.id === survivalInstrumentId)
  return {
    period: input.period,
    blocksGiven: blocks.length,
    patientsBlocked: new Set(blocks.map((block) => block.patientId)).size,
    profiles: profileShares(blocks),
    patientsWentOnToAblation: patientsWentOnToAblation(blocks, input.ablations),
    ablationsInPeriod: ablations.length,
    outcomes,
    durationOfBenefit: hasSurvivalInstrument ? benefitSurvival(survivalSeries(judged, survivalInstrumentId)) : null,
  }
}

/** The summary as rows for a CSV file: section, group, measure, value. */
export function cohortRows(summary: CohortSummary): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [['section', 'group', 'measure', 'value']]
  const period = `${summary.period.from.toISOString()} to ${summary.period.to.toISOString()}`
  rows.push(['period', '', 'from-to', period])
  rows.push(['blocks', 'all', 'blocks given', summary.blocksGiven])
  rows.push(['blocks', 'all', 'patients', summary.patientsBlocked])
  for (const profile of summary.profiles) {
    rows.push(['blocks', profile.profileId, 'judged', profile.judged])
    rows.push(['blocks', profile.profileId, 'positive', profile.positive])
    rows.push(['blocks', profile.profileId, 'share positive', profile.sharePositive])
  }
  rows.push(['ablation', 'all', 'patients went on to ablation', summary.patientsWentOnToAblation])
  rows.push(['ablation', 'all', 'ablations in period', summary.ablationsInPeriod])
  for (const outcome of summary.outcomes) {
    const group = `${outcome.label} / ${outcome.instrumentId}`
    rows.push(['follow-up', group, 'answered', outcome.answered])
    rows.push(['follow-up', group, 'improved', outcome.improved])
    rows.push(['follow-up', group, 'share improved', outcome.shareImproved])
    rows.push(['follow-up', group, 'median change', outcome.medianChange])
    rows.push(['follow-up', group, 'median change %', outcome.medianChangePercent])
  }
  for (const step of summary.durationOfBenefit?.steps ?? []) {
    rows.push(['duration of benefit', `day ${roundTo(step.days, 1)}`, 'still improved', step.survival])
  }
  if (summary.durationOfBenefit) rows.push(['duration of benefit', 'all', 'median days', summary.durationOfBenefit.medianDays])
  return rows
}
