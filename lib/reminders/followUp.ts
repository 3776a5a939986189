import { DEFAULT_LOCALE, type Locale } from '../i18n/config'
import { translatorFor } from '../i18n/translate'
import { CLINIC_NAME, type ReminderMessage } from './message'
import { outsideQuietHours } from './quiet-hours'
import type { PlannedReminder, ReminderTiming } from './schedule'

/**
 * Reminders of the outcome questionnaires after an ablation, on the same channels, quiet hours and
 * queue as the diary's: one per plan point when its window opens (or now, if it is open already),
 * moved out of the patient's quiet hours; none for a point answered, closed by then, or already
 * reminded.
 */
export interface FollowUpPointToRemind {
  key: string
  opensAt: Date
  dueAt: Date
  closesAt: Date
  /** Every questionnaire of the point answered: nothing to remind. */
  answered: boolean
}

export function planFollowUpReminders(
  points: readonly FollowUpPointToRemind[],
  timing: ReminderTiming,
  now: Date,
  remindedKeys: readonly string[] = [],
): PlannedReminder[] {
  return points.flatMap((point) => {
    if (point.answered || remindedKeys.includes(point.key)) return []
    const earliest = new Date(Math.max(point.opensAt.getTime(), now.getTime()))
    const sendAt = outsideQuietHours(earliest, timing.quietHours, timing.timeZone)
    if (sendAt.getTime() >= point.closesAt.getTime()) return []
    return [{ pointKeys: [point.key], dueAt: point.dueAt, sendAt }]
  })
}

/** What a follow-up reminder says, on every channel: a questionnaire waits. Nothing about health or the procedure. */
export function questionnaireReminderMessage(locale: Locale = DEFAULT_LOCALE): ReminderMessage {
  const body = translatorFor(locale)('reminder.questionnaireWaiting')
  return { title: CLINIC_NAME, body, text: `${CLINIC_NAME}: ${body.charAt(0).toLowerCase()}${body.slice(1)}` }
}
