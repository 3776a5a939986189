/** The diary's wording that depends on data: due times, states, answer summaries. Pure, unit-tested. */
import { formatDayLabel, formatTime, zonedDateKey } from '@/lib/dates'
import type { DiaryEntry, TimePointState } from '@/lib/diary'

export const STATE_LABELS: Record<TimePointState, string> = {
  done: 'Answered',
  'due-now': 'Due now',
  upcoming: 'Not due yet',
  missed: 'Missed: you can still answer',
}

/** "Due at 10:15", "Due Wednesday 2 December at 09:00", or the baseline's wording before the block time is known. */
export function dueText(dueAt: Date | null, now: Date, baseline: boolean): string {
  if (!dueAt) return baseline ? 'Just before your block' : 'Its time is set once you record the time of your block'
  const time = formatTime(dueAt)
  if (baseline) return `Just before your block (given at ${time})`
  return zonedDateKey(dueAt) === zonedDateKey(now) ? `Due at ${time}` : `Due ${formatDayLabel(dueAt)} at ${time}`
}

/** The baseline before it opens (some hours before the appointment): when to answer it. */
export function baselineNotYetText(appointmentAt: Date): string {
  return `On ${formatDayLabel(appointmentAt)}, just before your block`
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

/** What the page says about saving, in words a screen reader announces (a polite live region). */
export function connectionText(connection: 'saved' | 'kept' | 'signed-out', unsent: number): string {
  if (connection === 'signed-out') {
    return 'Your session has ended. Your answers are kept on this device: sign in again and they will be sent.'
  }
  if (connection === 'kept' && unsent > 0) {
    const what = unsent === 1 ? '1 answer is' : `${unsent} answers are`
    return `No connection to the clinic. ${what} kept on this device and will be sent when you are back online.`
  }
  return unsent > 0 ? 'Saving your answers…' : 'All your answers are saved.'
}
