import { zonedDateTime } from '../dates'
import { DEFAULT_TIME_POINTS, DEFAULT_WINDOW_MINUTES, NEXT_MORNING_TIME, isBaseline } from './time-points'
import type {
  AnsweredTimePoint,
  DiaryReminder,
  DiaryTimePoint,
  ScheduledTimePoint,
  TimePointState,
  TimePointWithState,
} from './types'

const MINUTE_MS = 60_000

function nextMorningAfter(blockTime: Date, timeZone: string): Date {
  return zonedDateTime(blockTime, timeZone, { dayOffset: 1, ...NEXT_MORNING_TIME })
}

function minutesBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / MINUTE_MS)
}

function scheduleOne(point: DiaryTimePoint, blockTime: Date | null, timeZone: string): ScheduledTimePoint {
  if (!blockTime) return { ...point, dueAt: null }
  if (point.nextMorning) {
    const dueAt = nextMorningAfter(blockTime, timeZone)
    return { ...point, dueAt, minutesAfterBlock: minutesBetween(blockTime, dueAt) }
  }
  const minutes = point.minutesAfterBlock ?? 0
  return { ...point, dueAt: new Date(blockTime.getTime() + minutes * MINUTE_MS) }
}

/** Baseline first, then by minutes after the block; template order breaks ties. */
function sortRank(point: ScheduledTimePoint): number {
  if (isBaseline(point)) return -1
  return point.minutesAfterBlock ?? Number.MAX_SAFE_INTEGER
}

function compareTimePoints(a: ScheduledTimePoint, b: ScheduledTimePoint): number {
  return sortRank(a) - sortRank(b)
}

/**
 * Due times of every time point for a block given at `blockTime` (null while unknown: nothing has a
 * due time yet). Next-morning points are due at 09:00 in `timeZone` the day after the block, and get
 * their real `minutesAfterBlock`. Sorted baseline first, then by time after the block.
 */
export function diarySchedule(
  blockTime: Date | null,
  timePoints: readonly DiaryTimePoint[] = DEFAULT_TIME_POINTS,
  timeZone: string,
): ScheduledTimePoint[] {
  if (blockTime && Number.isNaN(blockTime.getTime())) throw new RangeError('The block time is not a valid date.')
  return timePoints.map((point) => scheduleOne(point, blockTime, timeZone)).sort(compareTimePoints)
}

export interface TimePointStateInput {
  dueAt: Date | null
  answered: boolean
  now: Date
  /** Due time of the following time point, if any. */
  nextDueAt?: Date | null
  /** The baseline is answerable before its due time (the block) and while no block time is known. */
  baseline?: boolean
  /** When the baseline opens (see `baselineOpensAt`); before that it is 'upcoming'. */
  opensAt?: Date | null
  /** Minimum time the point stays due after `dueAt`, in minutes (default 30). */
  windowMinutes?: number
}

/** Hours before the appointment from which the baseline can be answered: on the day, not days ahead. */
export const BASELINE_OPENS_HOURS_BEFORE = 6

/**
 * When the baseline opens for an appointment at `appointmentAt`. It measures the usual pain just
 * before the block, so a score given days earlier would not be a fair comparison.
 */
export function baselineOpensAt(appointmentAt: Date): Date {
  return new Date(appointmentAt.getTime() - BASELINE_OPENS_HOURS_BEFORE * 60 * MINUTE_MS)
}

/**
 * 'done' once answered. Otherwise 'due-now' from `dueAt` until the later of `dueAt` + window
 * (30 minutes by default) and the next point's due time, then 'missed'; 'upcoming' before `dueAt`
 * or while it is unknown. The baseline is 'due-now' from `opensAt` (always when not given) until
 * its window closes.
 */
export function timePointState(input: TimePointStateInput): TimePointState {
  if (input.answered) return 'done'
  const { dueAt, now } = input
  if (!dueAt || now.getTime() < dueAt.getTime()) {
    const baselineOpen = input.baseline && !(input.opensAt && now.getTime() < input.opensAt.getTime())
    return baselineOpen ? 'due-now' : 'upcoming'
  }
  const windowEnd = Math.max(
    dueAt.getTime() + (input.windowMinutes ?? DEFAULT_WINDOW_MINUTES) * MINUTE_MS,
    input.nextDueAt?.getTime() ?? -Infinity,
  )
  return now.getTime() < windowEnd ? 'due-now' : 'missed'
}

function answeredKeys(answers: readonly AnsweredTimePoint[]): Set<string> {
  return new Set(answers.map((answer) => answer.timePointKey))
}

export type DiaryStateOptions = {
  /** When the baseline opens, from the appointment time (`baselineOpensAt`); always open when not given. */
  baselineOpensAt?: Date | null
}

/** Every time point of a schedule (as returned by `diarySchedule`) with its state at `now`. */
export function diaryStates(
  schedule: readonly ScheduledTimePoint[],
  answers: readonly AnsweredTimePoint[],
  now: Date,
  { baselineOpensAt = null }: DiaryStateOptions = {},
): TimePointWithState[] {
  const answered = answeredKeys(answers)
  return schedule.map((point, index) => ({
    ...point,
    state: timePointState({
      dueAt: point.dueAt,
      answered: answered.has(point.key),
      now,
      nextDueAt: schedule[index + 1]?.dueAt ?? null,
      baseline: isBaseline(point),
      opensAt: isBaseline(point) ? baselineOpensAt : null,
      windowMinutes: point.windowMinutes,
    }),
  }))
}

/**
 * The earliest unanswered time point that is due now or still to come, with its due time; null when
 * there is none (no block time yet, or everything answered or missed).
 */
export function nextReminder(
  schedule: readonly ScheduledTimePoint[],
  answers: readonly AnsweredTimePoint[],
  now: Date,
  options: DiaryStateOptions = {},
): DiaryReminder | null {
  const candidates = diaryStates(schedule, answers, now, options)
    .filter((point): point is TimePointWithState & { dueAt: Date } => point.dueAt !== null)
    .filter((point) => point.state === 'due-now' || point.state === 'upcoming')
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())
  const first = candidates[0]
  if (!first) return null
  return { key: first.key, label: first.label, dueAt: first.dueAt, state: first.state as DiaryReminder['state'] }
}
