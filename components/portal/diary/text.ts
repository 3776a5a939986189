/** The diary's wording that depends on data: due times, states, answer summaries. Pure, unit-tested. */
import { formatDayLabel, formatTime, zonedDateKey, type ClinicFormats } from '@/lib/dates'
import type { DiaryEntry, TimePointState } from '@/lib/diary'

export const STATE_LABELS: Record<TimePointState, string> = {
  done: 'Answered',
  'due-now': 'Due now',
  upcoming: 'Not due yet',
  missed: 'Missed: you can still answer',
}

/**
 * "Due at 10:15 AM", "Due Wednesday, December 2 at 9:00 AM", or the baseline's wording before the
 * block time is known, in the clinic's zone and wording (`formats`). The day is left out only when it
 * is both today and the day of the block (`blockDay`), so a next-morning question, or a page read the
 * day after, always says which day.
 */
export function dueText(formats: ClinicFormats, dueAt: Date | null, now: Date, baseline: boolean, blockDay: Date | null = null): string {
  if (!dueAt) return baseline ? 'Just before your block' : 'Its time is set once you record the time of your block'
  const dayOf = (date: Date) => zonedDateKey(date, formats.timeZone)
  const day = dayOf(dueAt)
  const todayOnBlockDay = day === dayOf(now) && (!blockDay || day === dayOf(blockDay))
  const time = todayOnBlockDay ? formatTime(dueAt, formats) : `${formatTime(dueAt, formats)} on ${formatDayLabel(dueAt, formats)}`
  if (baseline) return `Just before your block (given at ${time})`
  return todayOnBlockDay ? `Due at ${time}` : `Due ${formatDayLabel(dueAt, formats)} at ${formatTime(dueAt, formats)}`
}

/** The baseline before it opens (some hours before the appointment): when to answer it. */
export function baselineNotYetText(formats: ClinicFormats, appointmentAt: Date): string {
  return `On ${formatDayLabel(appointmentAt, formats)}, just before your block`
}

/** "Pain 3 out of 10 · 55% relief · Turning my head · Medicines: Ibuprofen 400 mg" */
export function answerSummary(entry: Pick<DiaryEntry, 'nrs' | 'reliefPercent' | 'activity' | 'medicines'>): string {
  return [
    `Pain ${entry.nrs} out of 10`,
    entry.reliefPercent != null ? `${entry.reliefPercent}% relief` : null,
    entry.activity || null,
    entry.medicines ? `Medicines: ${entry.medicines}` : null,
  ]
    .filter(Boolean)
    .join(' · ')
}

/**
 * What the page says about saving, in words a screen reader announces (a polite live region).
 * `answered` is how many answers the page holds: with none yet, there is nothing to call saved.
 */
export function connectionText(connection: 'saved' | 'kept' | 'paused' | 'signed-out', unsent: number, answered?: number): string {
  if (connection === 'signed-out') {
    return 'Your session has ended. Your answers are kept on this device: sign in again and they will be sent.'
  }
  if (connection === 'kept' && unsent > 0) {
    const what = unsent === 1 ? '1 answer is' : `${unsent} answers are`
    return `No connection to the clinic. ${what} kept on this device and will be sent when you are back online.`
  }
  if (connection === 'paused' && unsent > 0) {
    const what = unsent === 1 ? '1 answer is' : `${unsent} answers are`
    return `The clinic’s server is busy for a moment. ${what} kept on this device and will be sent as soon as it answers.`
  }
  if (unsent > 0) return 'Saving your answers…'
  return answered === 0 ? 'No answers yet. Each answer is saved as soon as you give it.' : 'All your answers are saved.'
}
