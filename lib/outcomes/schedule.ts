import {
  isValidTimeZone,
  parseTimeOfDay,
  TIME_OF_DAY_PATTERN,
  zonedDateTime,
  zonedParts,
} from '../dates'
import { z } from '../zod'

/** The follow-up plan around an ablation (rule 5 of README.md beside this file). */

export const OFFSET_UNITS = ['days', 'weeks', 'months'] as const
export type OffsetUnit = (typeof OFFSET_UNITS)[number]

export interface FollowUpPoint {
  /** Stable key (e.g. 'baseline', '6-weeks'); answers are stored against it. */
  key: string
  label: string
  /** Before the ablation (its window closes at the ablation time) or an offset after it. */
  timing: { kind: 'baseline' } | { kind: 'after'; amount: number; unit: OffsetUnit }
  /** Days before the due date the questionnaire opens (baseline: before the ablation). */
  opensDaysBefore: number
  /** Days after the due date it still accepts answers (ignored for the baseline, which closes at the ablation). */
  closesDaysAfter: number
  /** Instruments asked at this point (ids, e.g. 'peg', 'pgic'). */
  instrumentIds: string[]
}

export interface FollowUpPlan {
  points: FollowUpPoint[]
  /** Local time of day a point falls due, 'HH:MM' in the clinic's time zone. */
  dueTime: string
}

function pointAfter(amount: number, unit: OffsetUnit, opensDaysBefore: number, closesDaysAfter: number): FollowUpPoint {
  const key = `${amount}-${unit}`
  return {
    key,
    label: `${amount} ${unit} after`,
    timing: { kind: 'after', amount, unit },
    opensDaysBefore,
    closesDaysAfter,
    instrumentIds: ['peg', 'pgic'],
  }
}

/**
 * The clinic's default: the PEG as a baseline in the two weeks before the ablation, then PEG and
 * PGIC 6 weeks, 3, 6 and 12 months after, each window wider as the points grow apart.
 */
export const DEFAULT_FOLLOW_UP_PLAN: Readonly<FollowUpPlan> = Object.freeze({
  dueTime: '09:00',
  points: [
    {
      key: 'baseline',
      label: 'Before the ablation',
      timing: { kind: 'baseline' },
      opensDaysBefore: 14,
      closesDaysAfter: 0,
      instrumentIds: ['peg'],
    },
    pointAfter(6, 'weeks', 3, 14),
    pointAfter(3, 'months', 7, 21),
    pointAfter(6, 'months', 7, 28),
    pointAfter(12, 'months', 14, 42),
  ],
} satisfies FollowUpPlan)

const daysSchema = (what: string) =>
  z
    .number({ error: `${what} must be a number of days.` })
    .int(`${what} must be a whole number of days.`)
    .min(0, `${what} cannot be negative.`)
    .max(180, `${what} cannot exceed 180 days.`)

const pointSchema = z.object({
  key: z
    .string({ error: 'Each point needs a key.' })
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'A point key uses lower-case letters, digits and dashes.'),
  label: z
    .string({ error: 'Each point needs a label.' })
    .trim()
    .min(1, 'Each point needs a label.')
    .max(80, 'Keep a label under 80 characters.'),
  timing: z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('baseline') }),
      z.object({
        kind: z.literal('after'),
        amount: z
          .number({ error: 'The offset must be a number.' })
          .int('The offset must be whole.')
          .min(1, 'The offset must be at least 1.')
          .max(120, 'The offset cannot exceed 120.'),
        unit: z.enum(OFFSET_UNITS, { error: 'The unit must be days, weeks or months.' }),
      }),
    ],
    { error: 'A point is either the baseline or an offset after the ablation.' },
  ),
  opensDaysBefore: daysSchema('Opening days before'),
  closesDaysAfter: daysSchema('Closing days after').default(0),
  instrumentIds: z.array(z.string().min(1)).min(1, 'Each point asks at least one questionnaire.'),
})

/** Validates a plan edited in the CMS: unique keys, at most one baseline, offsets in increasing order. */
export const followUpPlanSchema = z
  .object({
    dueTime: z.string().regex(TIME_OF_DAY_PATTERN, 'The due time must be HH:MM on a 24-hour clock.').default('09:00'),
    points: z.array(pointSchema).min(1, 'A plan needs at least one point.').max(20, 'A plan may have at most 20 points.'),
  })
  .superRefine((plan, context) => {
    const keys = plan.points.map((point) => point.key)
    const duplicate = keys.find((key, index) => keys.indexOf(key) !== index)
    if (duplicate) context.addIssue({ code: 'custom', path: ['points'], message: `Two points have the key "${duplicate}".` })
    if (plan.points.filter((point) => point.timing.kind === 'baseline').length > 1) {
      context.addIssue({ code: 'custom', path: ['points'], message: 'A plan has at most one baseline.' })
    }
    const offsets = plan.points.flatMap((point) =>
      point.timing.kind === 'after' ? [approximateDays(point.timing)] : [],
    )
    if (offsets.some((days, index) => index > 0 && days <= offsets[index - 1])) {
      context.addIssue({
        code: 'custom',
        path: ['points'],
        message: 'List the points after the ablation from the earliest to the latest.',
      })
    }
  }) satisfies z.ZodType<FollowUpPlan>

/** Only for ordering points: a month counts as 30.44 days. */
function approximateDays(timing: { amount: number; unit: OffsetUnit }): number {
  return timing.amount * (timing.unit === 'days' ? 1 : timing.unit === 'weeks' ? 7 : 30.44)
}

export type FollowUpStatus = 'upcoming' | 'due' | 'overdue' | 'closed' | 'answered'

export interface ScheduledFollowUp {
  key: string
  label: string
  instrumentIds: string[]
  opensAt: Date
  dueAt: Date
  closesAt: Date
}

export interface FollowUpState extends ScheduledFollowUp {
  status: FollowUpStatus
  answeredAt: Date | null
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * Days from the ablation's local calendar date to the due date. Months are calendar months: the
 * same day of the month, or the month's last day when it is shorter (31 January + 1 month = 28 or
 * 29 February).
 */
function dueDayOffset(ablationAt: Date, timeZone: string, timing: { amount: number; unit: OffsetUnit }): number {
  if (timing.unit === 'days') return timing.amount
  if (timing.unit === 'weeks') return timing.amount * 7
  const { year, month, day } = zonedParts(ablationAt, timeZone)
  const monthIndex = month - 1 + timing.amount
  const targetYear = year + Math.floor(monthIndex / 12)
  const targetMonth = (monthIndex % 12) + 1
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth))
  return Math.round((Date.UTC(targetYear, targetMonth - 1, targetDay) - Date.UTC(year, month - 1, day)) / 86_400_000)
}

/**
 * Rule 5: the due dates of a plan. A point after the ablation is due at `dueTime` local on its
 * calendar date, opens `opensDaysBefore` days earlier and closes `closesDaysAfter` days later, all at
 * `dueTime` local, whatever the clock changes in between. The baseline opens `opensDaysBefore` days
 * before the ablation's date and is due (and closes) at the ablation time itself.
 */
export function scheduleFollowUps(
  ablationAt: Date,
  plan: FollowUpPlan,
  timeZone: string,
): ScheduledFollowUp[] {
  if (Number.isNaN(ablationAt.getTime())) throw new RangeError('The ablation time is not a valid date.')
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone "${timeZone}".`)
  const time = parseTimeOfDay(plan.dueTime)
  if (!time) throw new RangeError(`The due time "${plan.dueTime}" is not HH:MM.`)
  const at = (dayOffset: number) => zonedDateTime(ablationAt, timeZone, { dayOffset, ...time })
  return plan.points.map((point) => {
    const common = { key: point.key, label: point.label, instrumentIds: [...point.instrumentIds] }
    if (point.timing.kind === 'baseline') {
      const opensAt = new Date(Math.min(at(-point.opensDaysBefore).getTime(), ablationAt.getTime()))
      return { ...common, opensAt, dueAt: ablationAt, closesAt: ablationAt }
    }
    const dueOffset = dueDayOffset(ablationAt, timeZone, point.timing)
    return {
      ...common,
      opensAt: at(dueOffset - point.opensDaysBefore),
      dueAt: at(dueOffset),
      closesAt: at(dueOffset + point.closesDaysAfter),
    }
  })
}

/**
 * Rule 5: each point's state at `now`. Answered wins; otherwise upcoming before it opens, due from
 * opening until the due time, overdue after it while still open, closed once the window has shut.
 * The window is [opensAt, closesAt): at closesAt it no longer accepts answers.
 */
export function followUpStates(
  schedule: readonly ScheduledFollowUp[],
  answeredAtByKey: Readonly<Record<string, Date | null | undefined>>,
  now: Date,
): FollowUpState[] {
  return schedule.map((point) => {
    const answeredAt = answeredAtByKey[point.key] ?? null
    return { ...point, answeredAt, status: statusAt(point, answeredAt, now) }
  })
}

function statusAt(point: ScheduledFollowUp, answeredAt: Date | null, now: Date): FollowUpStatus {
  const time = now.getTime()
  if (answeredAt) return 'answered'
  if (time < point.opensAt.getTime()) return 'upcoming'
  if (time >= point.closesAt.getTime()) return 'closed'
  return time < point.dueAt.getTime() ? 'due' : 'overdue'
}

/** True while a point accepts answers (due or overdue). */
export function isAnswerable(state: Pick<FollowUpState, 'status'>): boolean {
  return state.status === 'due' || state.status === 'overdue'
}

/** The point the patient should answer now (the earliest open one), or null. */
export function currentFollowUp(states: readonly FollowUpState[]): FollowUpState | null {
  return states.find(isAnswerable) ?? null
}
