import type { DiaryTimePoint } from './types'

export const BASELINE_KEY = 'baseline'
export const NEXT_MORNING_KEY = 'next-morning'
/** Wall-clock time (clinic time zone) of the next-morning point. */
export const NEXT_MORNING_TIME = { hour: 9, minute: 0 } as const
/** Minimum time a point stays 'due-now' after its due time. */
export const DEFAULT_WINDOW_MINUTES = 30
/** The next-morning point stays open until noon. */
const NEXT_MORNING_WINDOW_MINUTES = 180
/** Where the next-morning point sorts among the others (its real time is the patient's morning). */
export const NOMINAL_NEXT_MORNING_MINUTES = 24 * 60

function hoursPoint(hours: number): DiaryTimePoint {
  return { key: `${hours}-hours`, label: `${hours} hours after the block`, minutesAfterBlock: hours * 60 }
}

/** Baseline, 15, 30 and 60 minutes, hourly from 2 to 8 hours, then the next morning at 09:00. */
export const DEFAULT_TIME_POINTS: readonly DiaryTimePoint[] = Object.freeze([
  { key: BASELINE_KEY, label: 'Just before the block', minutesAfterBlock: null },
  { key: '15-minutes', label: '15 minutes after the block', minutesAfterBlock: 15 },
  { key: '30-minutes', label: '30 minutes after the block', minutesAfterBlock: 30 },
  { key: '1-hour', label: '1 hour after the block', minutesAfterBlock: 60 },
  ...[2, 3, 4, 5, 6, 7, 8].map(hoursPoint),
  {
    key: NEXT_MORNING_KEY,
    label: 'The next morning',
    minutesAfterBlock: NOMINAL_NEXT_MORNING_MINUTES,
    nextMorning: true,
    windowMinutes: NEXT_MORNING_WINDOW_MINUTES,
  },
])

export function isBaseline(timePoint: Pick<DiaryTimePoint, 'minutesAfterBlock' | 'nextMorning'>): boolean {
  return timePoint.minutesAfterBlock === null && !timePoint.nextMorning
}

/** Keys of `entries` that name no time point of the template (to refuse on the server). */
export function findUnknownTimePointKeys(
  entries: readonly { timePointKey: string }[],
  timePoints: readonly DiaryTimePoint[] = DEFAULT_TIME_POINTS,
): string[] {
  const known = new Set(timePoints.map((point) => point.key))
  return [...new Set(entries.map((entry) => entry.timePointKey))].filter((key) => !known.has(key))
}
