import type { AnswerSet, Instrument, InstrumentItem } from './instruments'

/** Scoring, change from baseline and improvement (rules 2-4 of README.md beside this file). */

export interface Score {
  instrumentId: string
  /** The sum or mean, rounded to the instrument's decimals; null with per-item scoring. */
  total: number | null
  /** Every answered item's value. */
  items: AnswerSet
}

export type ChangeDirection = 'better' | 'worse' | 'same'

export interface Change {
  baseline: number
  current: number
  /** current - baseline, in the score's units (negative = went down). */
  absolute: number
  /** (current - baseline) / baseline in %, 1 decimal; null when the baseline is 0. */
  percent: number | null
  direction: ChangeDirection
  /** How far the score moved towards better, in % of the baseline (negative when worse); null at baseline 0. */
  improvementPercent: number | null
}

export type ImprovementStatus = 'improved' | 'not-improved' | 'indeterminate'

export interface Improvement {
  status: ImprovementStatus
  /** Plain words for staff, e.g. "PEG down 57.1% from baseline (threshold 30%)". */
  reason: string
  /** Present when judged on the change from baseline. */
  change?: Change
}

/**
 * Rounds half away from zero, as a person would (-71.25 -> -71.3), after clearing binary noise
 * (2.3 - 8 is -5.699999999999999 in floating point).
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals
  const scaled = Number((Math.abs(value) * factor).toPrecision(12))
  return (Math.sign(value) * Math.round(scaled)) / factor + 0
}

const round = roundTo

export function formatScore(value: number): string {
  return String(round(value, 1))
}

function answeredValues(instrument: Instrument, answers: AnswerSet): number[] {
  return instrument.items
    .map((item) => answers[item.id])
    .filter((value): value is number => typeof value === 'number' && Number.isFinite(value))
}

/**
 * Rule 2: the score of an answer set (already checked with `answerSetSchema`). Sum and mean need
 * every item; a missing one leaves the total null rather than a score out of fewer items.
 */
export function scoreAnswers(instrument: Instrument, answers: AnswerSet): Score {
  const values = answeredValues(instrument, answers)
  const items: AnswerSet = {}
  for (const item of instrument.items) if (typeof answers[item.id] === 'number') items[item.id] = answers[item.id]
  const complete = values.length === instrument.items.length
  let total: number | null = null
  if (complete && instrument.scoring.rule === 'sum') total = values.reduce((sum, value) => sum + value, 0)
  if (complete && instrument.scoring.rule === 'mean') total = values.reduce((sum, value) => sum + value, 0) / values.length
  return {
    instrumentId: instrument.id,
    total: total === null ? null : round(total, instrument.scoring.decimals),
    items,
  }
}

/** Rule 3: change from baseline, with its direction on the instrument's "better" side. */
export function compareWithBaseline(instrument: Pick<Instrument, 'better'>, baseline: number, current: number): Change {
  const absolute = round(current - baseline, 2)
  const percent = baseline === 0 ? null : round(((current - baseline) / Math.abs(baseline)) * 100, 1)
  const towardsBetter = instrument.better === 'lower' ? -absolute : absolute
  const direction: ChangeDirection = towardsBetter > 0 ? 'better' : towardsBetter < 0 ? 'worse' : 'same'
  const improvementPercent = percent === null ? null : instrument.better === 'lower' ? -percent + 0 : percent
  return { baseline, current, absolute, percent, direction, improvementPercent }
}

/**
 * Rule 3: whether a follow-up is a meaningful improvement. On the change from baseline it is
 * improved when the score moved towards better by at least the threshold (the instrument's, or
 * `thresholdPercent` when the clinic set another); PGIC-like instruments count the listed answers.
 */
export function judgeImprovement(
  instrument: Instrument,
  current: Score,
  baseline: Score | null,
  thresholdPercent?: number,
): Improvement {
  const rule = instrument.improvement
  if (rule.rule === 'answer-in') return judgeAnswerIn(instrument, current, rule)
  const threshold = thresholdPercent ?? rule.thresholdPercent
  if (current.total === null) return { status: 'indeterminate', reason: `${instrument.shortName} is not complete.` }
  if (!baseline || baseline.total === null) {
    return { status: 'indeterminate', reason: `No ${instrument.shortName} before the ablation to compare with.` }
  }
  const change = compareWithBaseline(instrument, baseline.total, current.total)
  if (change.improvementPercent === null) {
    return {
      status: 'indeterminate',
      reason: `${instrument.shortName} was ${formatScore(baseline.total)} before the ablation: no room to improve by a share.`,
      change,
    }
  }
  const improved = change.improvementPercent >= threshold
  return {
    status: improved ? 'improved' : 'not-improved',
    reason: `${instrument.shortName} ${describeMove(change)} from baseline (threshold ${formatScore(threshold)}%).`,
    change,
  }
}

function describeMove(change: Change): string {
  if (change.percent === null || change.percent === 0) return 'unchanged'
  const verb = change.percent < 0 ? 'down' : 'up'
  return `${verb} ${formatScore(Math.abs(change.percent))}%`
}

function judgeAnswerIn(
  instrument: Instrument,
  current: Score,
  rule: { itemId: string; values: number[] },
): Improvement {
  const value = current.items[rule.itemId]
  const item = instrument.items.find((candidate) => candidate.id === rule.itemId)
  if (value === undefined || !item) return { status: 'indeterminate', reason: `${instrument.shortName} is not answered.` }
  const label = answerLabel(item, value)
  const improved = rule.values.includes(value)
  return {
    status: improved ? 'improved' : 'not-improved',
    reason: `${instrument.shortName}: "${label}"${improved ? '' : ' (not counted as improved)'}.`,
  }
}

/** The label of an option answer, or the number itself on a numeric scale. */
export function answerLabel(item: InstrumentItem, value: number): string {
  if (item.scale.kind === 'options') {
    return item.scale.options.find((option) => option.value === value)?.label ?? String(value)
  }
  return String(value)
}

// ---------------------------------------------------------------------------------------------
// Rule 4: plain words for the patient. Facts about their own answers only, never a diagnosis or a
// judgement of the treatment.

/** The moment the comparison starts from, e.g. "since the ablation". */
const SINCE = 'since the ablation'

function movement(change: Change): string {
  const from = formatScore(change.baseline)
  const to = formatScore(change.current)
  if (change.absolute === 0) return `is the same as before the ablation (${to})`
  return `is ${change.absolute < 0 ? 'down' : 'up'} from ${from} to ${to} ${SINCE}`
}

/** "Your pain score (PEG) is down from 7 to 3 since the ablation." */
export function describeScoreForPatient(instrument: Instrument, current: Score, baseline: Score | null): string {
  if (instrument.improvement.rule === 'answer-in' || current.total === null) {
    return describeAnswersForPatient(instrument, current)
  }
  if (!baseline || baseline.total === null) {
    return `Your ${instrument.scoreLabel} is ${formatScore(current.total)}.`
  }
  const change = compareWithBaseline(instrument, baseline.total, current.total)
  return `Your ${instrument.scoreLabel} ${movement(change)}.`
}

/** One sentence per item: "Pain getting in the way of enjoying life is down from 7 to 3 since the ablation." */
export function describeItemsForPatient(instrument: Instrument, current: Score, baseline: Score | null): string[] {
  return instrument.items.flatMap((item) => {
    const value = current.items[item.id]
    if (value === undefined) return []
    const label = capitalise(item.shortLabel)
    const before = baseline?.items[item.id]
    if (item.scale.kind === 'options' || before === undefined) return [`${label}: ${answerLabel(item, value)}.`]
    return [`${label} ${movement(compareWithBaseline(instrument, before, value))}.`]
  })
}

function describeAnswersForPatient(instrument: Instrument, current: Score): string {
  const answers = instrument.items
    .filter((item) => current.items[item.id] !== undefined)
    .map((item) => answerLabel(item, current.items[item.id]).toLowerCase())
  if (answers.length === 0) return `You have not answered the ${instrument.shortName} questions yet.`
  return `You described the change ${SINCE} as "${answers.join('", "')}".`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
