import type { AnaestheticAgent, BlockInput, DiaryEntryInput, PreBlockMedicine } from '../block-analysis'
import { zonedParts } from '../dates'
import { diarySchedule } from './schedule'
import { DEFAULT_TIME_POINTS, isBaseline } from './time-points'
import type { DiaryTimePoint, ScheduledTimePoint } from './types'

export interface DiaryForAnalysis {
  /** Baseline pain score; when null, the answer to the baseline time point is used if there is one. */
  baselineNrs: number | null
  entries: readonly {
    timePointKey: string
    nrs: number | null
    reliefPercent?: number | null
    activity?: string | null
    medicines?: string | null
  }[]
  blockTime: Date | string | null
  agent: AnaestheticAgent
  blockNumber: number
}

function toDate(value: Date | string | null): Date | null {
  if (value === null) return null
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) throw new RangeError('The block time is not a valid date.')
  return date
}

function baselineEntry(diary: DiaryForAnalysis, schedule: readonly ScheduledTimePoint[]) {
  const baselineKeys = new Set(schedule.filter(isBaseline).map((point) => point.key))
  return diary.entries.find((candidate) => baselineKeys.has(candidate.timePointKey)) ?? null
}

/** A clock time the patient wrote ("07:30", "7.30", "7:30 pm", "at 19h15"); the last one given counts. */
const CLOCK_TIME = /\b([01]?\d|2[0-3])[:.h]([0-5]\d)\s*(am|pm|a\.m\.|p\.m\.)?/gi

function lastClockTime(text: string): { hour: number; minute: number } | null {
  const matches = [...text.matchAll(CLOCK_TIME)]
  const match = matches.at(-1)
  if (!match) return null
  let hour = Number(match[1])
  const meridiem = match[3]?.toLowerCase().replace(/\./g, '')
  if (meridiem === 'pm' && hour < 12) hour += 12
  if (meridiem === 'am' && hour === 12) hour = 0
  return { hour, minute: Number(match[2]) }
}

/**
 * The baseline question asks which pain medicines were taken and when. A clock time in the answer is
 * read as the latest such time before the block (the evening before when it is later than the block).
 */
export function minutesBeforeBlock(text: string, blockTime: Date | null, timeZone: string): number | null {
  const taken = lastClockTime(text)
  if (!taken || !blockTime) return null
  const block = zonedParts(blockTime, timeZone)
  const difference = block.hour * 60 + block.minute - (taken.hour * 60 + taken.minute)
  return difference >= 0 ? difference : difference + 24 * 60
}

function preBlockMedicines(medicines: string | null | undefined, blockTime: Date | null, timeZone: string): PreBlockMedicine[] {
  const text = medicines?.trim()
  return text ? [{ text, minutesBeforeBlock: minutesBeforeBlock(text, blockTime, timeZone) }] : []
}

/**
 * The `BlockInput` of lib/block-analysis for one diary. Minutes after the block come from the time
 * points (next-morning points from the real block time, in `timeZone`); entries for the baseline or
 * for unknown time points are not post-block entries and are left out. The baseline answer's
 * medicines become the pre-block medicines; the schedule's minutes name the answers that were missed.
 */
export function toBlockInput(
  diary: DiaryForAnalysis,
  timePoints: readonly DiaryTimePoint[] = DEFAULT_TIME_POINTS,
  timeZone: string,
): BlockInput {
  const blockTime = toDate(diary.blockTime)
  const schedule = diarySchedule(blockTime, timePoints, timeZone)
  const byKey = new Map(schedule.map((point) => [point.key, point]))
  const entries: DiaryEntryInput[] = []
  for (const entry of diary.entries) {
    const point = byKey.get(entry.timePointKey)
    if (!point || isBaseline(point) || point.minutesAfterBlock === null) continue
    entries.push({
      minutesAfterBlock: point.minutesAfterBlock,
      nrs: entry.nrs,
      reportedReliefPercent: entry.reliefPercent ?? null,
      activity: entry.activity ?? null,
      medicines: entry.medicines ?? null,
    })
  }
  const before = baselineEntry(diary, schedule)
  return {
    baselineNrs: diary.baselineNrs ?? before?.nrs ?? null,
    entries,
    agent: diary.agent,
    blockNumber: diary.blockNumber,
    preBlockMedicines: preBlockMedicines(before?.medicines, blockTime, timeZone),
    scheduledMinutes: schedule.flatMap((point) => (isBaseline(point) || point.minutesAfterBlock === null ? [] : [point.minutesAfterBlock])),
  }
}
