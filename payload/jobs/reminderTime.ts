import { diarySchedule, isBaseline, type DiaryTimePoint } from '@/lib/diary'

/**
 * When the one reminder email goes out: at the first time point after the block (the baseline is
 * answered before it), or at once when that time has already passed. Null without such a point.
 */
export function reminderTime(timePoints: readonly DiaryTimePoint[], blockTime: Date, now: Date): Date | null {
  const due = diarySchedule(blockTime, timePoints)
    .filter((point) => !isBaseline(point) && point.dueAt)
    .map((point) => point.dueAt as Date)
  if (due.length === 0) return null
  const first = Math.min(...due.map((date) => date.getTime()))
  return new Date(Math.max(first, now.getTime()))
}
