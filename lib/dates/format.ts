/**
 * Dates as patients read them: in their language (British English unless said), 24-hour clock, in a
 * given time zone. English is built from Intl parts so the wording does not depend on the runtime's
 * punctuation choices; other languages take Intl's own order and words for their locale.
 */
import type { Locale } from '../i18n/config'
import { CLINIC_TIME_ZONE } from './zoned'

const LOCALE = 'en-GB'

/** Intl's wording in another language than English: "martes, 1 de diciembre de 2026". */
function intlIn(locale: Exclude<Locale, 'en'>, date: Date, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Expected a valid Date.')
  return new Intl.DateTimeFormat(locale, { timeZone, ...options }).format(date)
}

/** Words joining a date and a time, per language. */
const AT: Record<Locale, string> = { en: 'at', es: 'a las' }
const BY: Record<Locale, string> = { en: 'by', es: 'antes de las' }

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

/** "09:00": the same in every language we have. */
export function formatTime(date: Date, timeZone: string = CLINIC_TIME_ZONE): string {
  const { hour, minute } = wordParts(date, timeZone)
  return `${hour}:${minute}`
}

/** "Tuesday 1 December" (no year: for dates within the next few weeks). */
export function formatDayLabel(date: Date, timeZone: string = CLINIC_TIME_ZONE, locale: Locale = 'en'): string {
  if (locale !== 'en') return intlIn(locale, date, timeZone, { weekday: 'long', day: 'numeric', month: 'long' })
  const { weekday, day, month } = wordParts(date, timeZone)
  return `${weekday} ${day} ${month}`
}

/** "1 December 2026": a date without its weekday, such as a date of birth. */
export function formatCalendarDate(date: Date, timeZone: string = CLINIC_TIME_ZONE, locale: Locale = 'en'): string {
  if (locale !== 'en') return intlIn(locale, date, timeZone, { day: 'numeric', month: 'long', year: 'numeric' })
  const { day, month, year } = wordParts(date, timeZone)
  return `${day} ${month} ${year}`
}

/** "Tuesday 1 December 2026" */
export function formatDate(date: Date, timeZone: string = CLINIC_TIME_ZONE, locale: Locale = 'en'): string {
  if (locale !== 'en') return intlIn(locale, date, timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
  const { year } = wordParts(date, timeZone)
  return `${formatDayLabel(date, timeZone)} ${year}`
}

/** "Tuesday 1 December 2026 at 09:00" */
export function formatDateTime(date: Date, timeZone: string = CLINIC_TIME_ZONE, locale: Locale = 'en'): string {
  return `${formatDate(date, timeZone, locale)} ${AT[locale]} ${formatTime(date, timeZone)}`
}

/** "Tuesday 1 December, by 09:00": when a checklist item is due. */
export function formatDueLabel(date: Date, timeZone: string = CLINIC_TIME_ZONE, locale: Locale = 'en'): string {
  return `${formatDayLabel(date, timeZone, locale)}, ${BY[locale]} ${formatTime(date, timeZone)}`
}

/** "Saturday 5 December 2026, 14:03 (Europe/London)": for records other people read later. */
export function formatDateTimeWithZone(date: Date, timeZone: string = CLINIC_TIME_ZONE): string {
  return `${formatDate(date, timeZone)}, ${formatTime(date, timeZone)} (${timeZone})`
}
