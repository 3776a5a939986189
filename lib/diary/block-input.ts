import type { AnaestheticAgent, BlockInput, DiaryEntryInput } from '../block-analysis'
import { CLINIC_TIME_ZONE } from '../dates'
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

function baselineAnswer(diary: DiaryForAnalysis, schedule: readonly ScheduledTimePoint[]): number | null {
  const baselineKeys = new Set(schedule.filter(isBaseline).map((point) => point.key))
  const entry = diary.entries.find((candidate) => baselineKeys.has(candidate.timePointKey))
  return entry?.nrs ?? null
}

/**
 * The `BlockInput` of lib/block-analysis for one diary. Minutes after the block come from the time
 * points (next-morning points from the real block time, in `timeZone`); entries for the baseline or
 * for unknown time points are not post-block entries and are left out.
 */
export function toBlockInput(
  diary: DiaryForAnalysis,
  timePoints: readonly DiaryTimePoint[] = DEFAULT_TIME_POINTS,
  timeZone: string = CLINIC_TIME_ZONE,
): BlockInput {
  const schedule = diarySchedule(toDate(diary.blockTime), timePoints, timeZone)
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
  return {
    baselineNrs: diary.baselineNrs ?? baselineAnswer(diary, schedule),
    entries,
    agent: diary.agent,
    blockNumber: diary.blockNumber,
  }
}
