import { parseTimeOfDay, zonedDateTime } from '../dates'
import { diaryStates, isBaseline, type AnsweredTimePoint, type ScheduledTimePoint } from '../diary'
import { outsideQuietHours, type QuietHours } from './quiet-hours'

/** When a patient may be reminded: outside their quiet hours; the next-morning point not before they wake. */
export interface ReminderTiming {
  quietHours: QuietHours
  /** 'HH:MM': the next-morning point is reminded at this time (or at its due time, if later). */
  wakeTime: string
  /** The clinic's time zone: quiet hours and the wake time are wall-clock times there. */
  timeZone: string
}

/** The patient's times until they choose their own; the time zone is the clinic's (site settings). */
export const DEFAULT_REMINDER_TIMING: Omit<ReminderTiming, 'timeZone'> = Object.freeze({
  quietHours: Object.freeze({ start: '22:00', end: '07:00' }),
  wakeTime: '08:00',
})

/** One reminder to send: the time points it is for (in due order), the first one's due time, and when it goes. */
export interface PlannedReminder {
  pointKeys: string[]
  dueAt: Date
  sendAt: Date
}

function wakeTimeOn(day: Date, timing: ReminderTiming): Date {
  const wake = parseTimeOfDay(timing.wakeTime)
  if (!wake) throw new RangeError(`Not a time of day: ${timing.wakeTime}`)
  return zonedDateTime(day, timing.timeZone, wake)
}

function latest(...dates: Date[]): Date {
  return new Date(Math.max(...dates.map((date) => date.getTime())))
}

/** When one time point's reminder goes: its due time (or now, if that passed), after the wake time for the next morning, outside quiet hours. */
function sendTimeOf(point: ScheduledTimePoint & { dueAt: Date }, timing: ReminderTiming, now: Date): Date {
  const earliest = point.nextMorning ? latest(point.dueAt, now, wakeTimeOn(point.dueAt, timing)) : latest(point.dueAt, now)
  return outsideQuietHours(earliest, timing.quietHours, timing.timeZone)
}

/**
 * The reminders a diary needs from `now` on: one per time point after the block that is still
 * answerable (not answered, not missed), at its due time; points falling in the quiet hours wait
 * until they end and share one reminder there (as do any points whose send times coincide).
 * `schedule` comes from `diarySchedule` with the block time known.
 */
export function planReminders(
  schedule: readonly ScheduledTimePoint[],
  timing: ReminderTiming,
  now: Date,
  answers: readonly AnsweredTimePoint[] = [],
): PlannedReminder[] {
  const bySendTime = new Map<number, PlannedReminder>()
  const open = diaryStates(schedule, answers, now).filter(
    (point): point is typeof point & { dueAt: Date } =>
      !isBaseline(point) && point.dueAt !== null && (point.state === 'due-now' || point.state === 'upcoming'),
  )
  for (const point of open) {
    const sendAt = sendTimeOf(point, timing, now)
    const planned = bySendTime.get(sendAt.getTime())
    if (planned) planned.pointKeys.push(point.key)
    else bySendTime.set(sendAt.getTime(), { pointKeys: [point.key], dueAt: point.dueAt, sendAt })
  }
  return [...bySendTime.values()].sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime())
}
