import { parseTimeOfDay, zonedDateTime, zonedParts } from '../dates'

/** A nightly stretch, as 'HH:MM' wall-clock times in the patient's time zone; may run past midnight. */
export interface QuietHours {
  start: string
  end: string
}

function minutesOfDay(text: string): number {
  const time = parseTimeOfDay(text)
  if (!time) throw new RangeError(`Not a time of day: ${text}`)
  return time.hour * 60 + time.minute
}

/**
 * When the quiet hours around `instant` end, or null when `instant` is outside them. Equal start
 * and end mean no quiet hours. Wall-clock based, so a clock change overnight moves nothing.
 */
export function quietHoursEndAfter(instant: Date, quietHours: QuietHours, timeZone: string): Date | null {
  const start = minutesOfDay(quietHours.start)
  const end = minutesOfDay(quietHours.end)
  if (start === end) return null
  const { hour, minute } = zonedParts(instant, timeZone)
  const now = hour * 60 + minute
  const wrapsMidnight = start > end
  const inside = wrapsMidnight ? now >= start || now < end : now >= start && now < end
  if (!inside) return null
  const endsTomorrow = wrapsMidnight && now >= start
  const endTime = parseTimeOfDay(quietHours.end) as { hour: number; minute: number }
  return zonedDateTime(instant, timeZone, { dayOffset: endsTomorrow ? 1 : 0, ...endTime })
}

/** `instant`, or the end of the quiet hours it falls in. */
export function outsideQuietHours(instant: Date, quietHours: QuietHours, timeZone: string): Date {
  return quietHoursEndAfter(instant, quietHours, timeZone) ?? instant
}
