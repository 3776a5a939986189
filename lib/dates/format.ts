/**
 * Dates as patients read them: in their language, in the clinic's time zone, worded the way the
 * clinic's region writes dates ("Tuesday, December 1, 2026 at 9:00 AM" in the United States,
 * "Tuesday 1 December 2026 at 09:00" in the United Kingdom). The zone and region are the clinic's
 * settings, passed in by the caller: nothing here reads settings or has a default clinic.
 * English is built from Intl parts so the wording does not depend on the runtime's punctuation
 * choices; Spanish takes Intl's own order and words, with the region's clock.
 */
import type { Locale } from '../i18n/config'

/** The regions whose date and time wording we have: en-US (12-hour clock) and en-GB (24-hour clock). */
export const DATE_REGIONS = ['US', 'GB'] as const
export type DateRegion = (typeof DATE_REGIONS)[number]

/** How the clinic's dates read: its IANA time zone and the region whose wording it uses. */
export interface ClinicFormats {
  timeZone: string
  region: DateRegion
}

export function isDateRegion(value: unknown): value is DateRegion {
  return typeof value === 'string' && (DATE_REGIONS as readonly string[]).includes(value)
}

type RegionStyle = { english: string; spanish: string; hourCycle: 'h12' | 'h23'; hour: 'numeric' | '2-digit' }

/** Spanish in the United States keeps the American 12-hour clock ("9:00 a.m."); elsewhere 24-hour ("09:00"). */
const REGION_STYLES: Record<DateRegion, RegionStyle> = {
  US: { english: 'en-US', spanish: 'es-US', hourCycle: 'h12', hour: 'numeric' },
  GB: { english: 'en-GB', spanish: 'es', hourCycle: 'h23', hour: '2-digit' },
}

/** The BCP 47 tag of a language as written in the clinic's region ("en-US"), for `lang` attributes. */
export function languageTag(locale: Locale, region: DateRegion): string {
  return locale === 'en' ? REGION_STYLES[region].english : locale
}

type PartName = 'weekday' | 'day' | 'month' | 'year' | 'hour' | 'minute' | 'dayPeriod'
type Parts = Record<PartName, string>

const formatters = new Map<string, Intl.DateTimeFormat>()

function partsFormatter(locale: Locale, { timeZone, region }: ClinicFormats): Intl.DateTimeFormat {
  const key = `${locale} ${region} ${timeZone}`
  let formatter = formatters.get(key)
  if (!formatter) {
    const style = REGION_STYLES[region]
    formatter = new Intl.DateTimeFormat(locale === 'en' ? style.english : style.spanish, {
      timeZone,
      hourCycle: style.hourCycle,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: style.hour,
      minute: '2-digit',
    })
    formatters.set(key, formatter)
  }
  return formatter
}

function partsOf(date: Date, formats: ClinicFormats, locale: Locale): Parts {
  if (Number.isNaN(date.getTime())) throw new RangeError('Expected a valid Date.')
  const parts = { dayPeriod: '' } as Parts
  for (const part of partsFormatter(locale, formats).formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type as PartName] = part.value
  }
  return parts
}

/** Intl's wording of a date in another language than English: "martes, 1 de diciembre de 2026". */
function intlDate(locale: Exclude<Locale, 'en'>, date: Date, formats: ClinicFormats, options: Intl.DateTimeFormatOptions): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Expected a valid Date.')
  return new Intl.DateTimeFormat(REGION_STYLES[formats.region].spanish, { timeZone: formats.timeZone, ...options }).format(date)
}

/** Words joining a date and a time. Spanish says "a la 1:00" but "a las 9:00". */
function atWord(locale: Locale, hour: string): string {
  if (locale === 'en') return 'at'
  return Number(hour) === 1 ? 'a la' : 'a las'
}

function byWord(locale: Locale, hour: string): string {
  if (locale === 'en') return 'by'
  return Number(hour) === 1 ? 'antes de la' : 'antes de las'
}

function timeFrom({ hour, minute, dayPeriod }: Parts): string {
  return dayPeriod ? `${hour}:${minute} ${dayPeriod}` : `${hour}:${minute}`
}

/** "9:00 AM" (US), "09:00" (UK), "9:00 a.m." (Spanish, US). */
export function formatTime(date: Date, formats: ClinicFormats, locale: Locale = 'en'): string {
  return timeFrom(partsOf(date, formats, locale))
}

/** "Tuesday, December 1" / "Tuesday 1 December" (no year: for dates within the next few weeks). */
export function formatDayLabel(date: Date, formats: ClinicFormats, locale: Locale = 'en'): string {
  if (locale !== 'en') return intlDate(locale, date, formats, { weekday: 'long', day: 'numeric', month: 'long' })
  const { weekday, day, month } = partsOf(date, formats, locale)
  return formats.region === 'US' ? `${weekday}, ${month} ${day}` : `${weekday} ${day} ${month}`
}

const DAY_MS = 86_400_000

/**
 * "December 1, 2026" / "1 December 2026": a calendar date kept without a time of day, such as a date
 * of birth. Such a date is stored as midnight somewhere: UTC (the seed, 1968-04-12T00:00Z) or the
 * browser's zone when picked in the admin (23:00Z the day before from London in summer, 04:00Z from
 * Boston). So it is read as the day whose UTC midnight is nearest, never in the clinic's zone, where
 * midnight UTC is still the evening before in America.
 */
export function formatCalendarDate(date: Date, region: DateRegion, locale: Locale = 'en'): string {
  const day = new Date(Math.round(date.getTime() / DAY_MS) * DAY_MS)
  const formats = { timeZone: 'UTC', region }
  if (locale !== 'en') return intlDate(locale, day, formats, { day: 'numeric', month: 'long', year: 'numeric' })
  return calendarDateFrom(partsOf(day, formats, locale), region)
}

function calendarDateFrom({ day, month, year }: Parts, region: DateRegion): string {
  return region === 'US' ? `${month} ${day}, ${year}` : `${day} ${month} ${year}`
}

/** "Tuesday, December 1, 2026" / "Tuesday 1 December 2026" */
export function formatDate(date: Date, formats: ClinicFormats, locale: Locale = 'en'): string {
  if (locale !== 'en') return intlDate(locale, date, formats, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
  const { year } = partsOf(date, formats, locale)
  return formats.region === 'US' ? `${formatDayLabel(date, formats)}, ${year}` : `${formatDayLabel(date, formats)} ${year}`
}

/** "Tuesday, December 1, 2026 at 9:00 AM" / "Tuesday 1 December 2026 at 09:00" */
export function formatDateTime(date: Date, formats: ClinicFormats, locale: Locale = 'en'): string {
  const parts = partsOf(date, formats, locale)
  return `${formatDate(date, formats, locale)} ${atWord(locale, parts.hour)} ${timeFrom(parts)}`
}

/** "Tuesday, December 1, by 9:00 AM" / "Tuesday 1 December, by 09:00": when a checklist item is due. */
export function formatDueLabel(date: Date, formats: ClinicFormats, locale: Locale = 'en'): string {
  const parts = partsOf(date, formats, locale)
  return `${formatDayLabel(date, formats, locale)}, ${byWord(locale, parts.hour)} ${timeFrom(parts)}`
}

/**
 * "Saturday, December 5, 2026, 9:03 AM (America/New_York)" / "Saturday 5 December 2026, 14:03
 * (Europe/London)": for records other people read later, so the zone is named.
 */
export function formatDateTimeWithZone(date: Date, formats: ClinicFormats): string {
  return `${formatDate(date, formats)}, ${formatTime(date, formats)} (${formats.timeZone})`
}
