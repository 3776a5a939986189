/**
 * Dates as patients read them: British English, 24-hour clock, in a given time zone.
 * Built from Intl parts so the wording does not depend on the runtime's punctuation choices.
 */
import { CLINIC_TIME_ZONE } from './zoned'

const LOCALE = 'en-GB'

type PartName = 'weekday' | 'day' | 'month' | 'year' | 'hour' | 'minute'

const wordFormatters = new Map<string, Intl.DateTimeFormat>()

function wordFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = wordFormatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALE, {
      timeZone,
      hourCycle: 'h23',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    })
    wordFormatters.set(timeZone, formatter)
  }
  return formatter
}

function wordParts(date: Date, timeZone: string): Record<PartName, string> {
  if (Number.isNaN(date.getTime())) throw new RangeError('Expected a valid Date.')
  const parts = {} as Record<PartName, string>
  for (const part of wordFormatter(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type as PartName] = part.value
  }
  return parts
}

/** "09:00" */
export function formatTime(date: Date, timeZone: string = CLINIC_TIME_ZONE): string {
  const { hour, minute } = wordParts(date, timeZone)
  return `${hour}:${minute}`
}

/** "Tuesday 1 December" (no year: for dates within the next few weeks). */
export function formatDayLabel(date: Date, timeZone: string = CLINIC_TIME_ZONE): string {
  const { weekday, day, month } = wordParts(date, timeZone)
  return `${weekday} ${day} ${month}`
}

/** "1 December 2026": a date without its weekday, such as a date of birth. */
export function formatCalendarDate(date: Date, timeZone: string = CLINIC_TIME_ZONE): string {
  const { day, month, year } = wordParts(date, timeZone)
  return `${day} ${month} ${year}`
}

/** "Tuesday 1 December 2026" */
export function formatDate(date: Date, timeZone: string = CLINIC_TIME_ZONE): string {
  const { year } = wordParts(date, timeZone)
  return `${formatDayLabel(date, timeZone)} ${year}`
}

/** "Tuesday 1 December 2026 at 09:00" */
export function formatDateTime(date: Date, timeZone: string = CLINIC_TIME_ZONE): string {
  return `${formatDate(date, timeZone)} at ${formatTime(date, timeZone)}`
}

/** "Tuesday 1 December, by 09:00": when a checklist item is due. */
export function formatDueLabel(date: Date, timeZone: string = CLINIC_TIME_ZONE): string {
  return `${formatDayLabel(date, timeZone)}, by ${formatTime(date, timeZone)}`
}

/** "Saturday 5 December 2026, 14:03 (Europe/London)": for records other people read later. */
export function formatDateTimeWithZone(date: Date, timeZone: string = CLINIC_TIME_ZONE): string {
  return `${formatDate(date, timeZone)}, ${formatTime(date, timeZone)} (${timeZone})`
}
