/**
 * Wall-clock arithmetic in an IANA time zone with Intl only (no date library).
 * See README.md beside this file for how clock changes are handled.
 */

/** The clinic's time zone: every date a patient sees is shown in it unless a caller says otherwise. */
export const CLINIC_TIME_ZONE = 'Europe/London'

/** 'HH:MM', 24-hour clock, 00:00-23:59. */
export const TIME_OF_DAY_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/

const MINUTE_MS = 60_000
const DAY_MS = 24 * 60 * MINUTE_MS

/** The calendar date and wall-clock time of an instant in a time zone. Months are 1-12. */
export interface ZonedParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

export interface WallClockTime {
  /** Days to add to the zoned calendar date of the base instant (negative for earlier days). */
  dayOffset?: number
  hour: number
  minute?: number
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>()

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    partsFormatters.set(timeZone, formatter)
  }
  return formatter
}

function assertValidDate(date: Date): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError('Expected a valid Date.')
  }
}

/** True when Intl knows the time zone (e.g. 'Europe/London'). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone)
    return true
  } catch {
    return false
  }
}

/** The calendar date and wall-clock time of `date` in `timeZone`. */
export function zonedParts(date: Date, timeZone: string = CLINIC_TIME_ZONE): ZonedParts {
  assertValidDate(date)
  const values: Record<string, number> = {}
  for (const part of partsFormatter(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value)
  }
  return {
    year: values.year,
    month: values.month,
    day: values.day,
    hour: values.hour,
    minute: values.minute,
    second: values.second,
  }
}

/** The wall-clock reading of `parts` as if it were UTC, in milliseconds (a "naive" time). */
function naiveMs(parts: ZonedParts): number {
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second)
}

/** How far the zone's clocks are ahead of UTC at `utcMs`, in milliseconds. */
function offsetAt(utcMs: number, timeZone: string): number {
  const wholeSecondMs = Math.floor(utcMs / 1000) * 1000
  return naiveMs(zonedParts(new Date(wholeSecondMs), timeZone)) - wholeSecondMs
}

/**
 * The UTC instant at which the zone's clocks read `wallMs` (a naive time).
 * Ambiguous times (clocks going back) resolve to the earlier instant; times skipped by clocks
 * going forward move forward by the gap (01:30 on the spring-forward night becomes 02:30).
 */
function wallClockToUtc(wallMs: number, timeZone: string): Date {
  const offsetBefore = offsetAt(wallMs - DAY_MS, timeZone)
  const offsetAfter = offsetAt(wallMs + DAY_MS, timeZone)
  const matches = [wallMs - offsetBefore, wallMs - offsetAfter]
    .filter((utcMs) => utcMs + offsetAt(utcMs, timeZone) === wallMs)
    .sort((a, b) => a - b)
  return new Date(matches[0] ?? wallMs - offsetBefore)
}

function assertWallClock({ dayOffset = 0, hour, minute = 0 }: WallClockTime): void {
  const valid =
    Number.isInteger(dayOffset) &&
    Number.isInteger(hour) &&
    Number.isInteger(minute) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59
  if (!valid) throw new RangeError(`Invalid wall-clock time: day ${dayOffset}, ${hour}:${minute}.`)
}

/**
 * The UTC instant of a wall-clock time in `timeZone`, on the zoned calendar date of `baseUtc`
 * moved by `dayOffset` days. Correct across clock changes: "09:00 the day before" is 09:00 local
 * whatever the offset on either day.
 */
export function zonedDateTime(
  baseUtc: Date,
  timeZone: string,
  time: WallClockTime,
): Date {
  assertWallClock(time)
  const base = zonedParts(baseUtc, timeZone)
  const wallMs = Date.UTC(base.year, base.month - 1, base.day + (time.dayOffset ?? 0), time.hour, time.minute ?? 0)
  return wallClockToUtc(wallMs, timeZone)
}

/** 'YYYY-MM-DD' of the zoned calendar date of `date`: a stable key for grouping by day. */
export function zonedDateKey(date: Date, timeZone: string = CLINIC_TIME_ZONE): string {
  const { year, month, day } = zonedParts(date, timeZone)
  return `${year}-${pad2(month)}-${pad2(day)}`
}

/** Parses 'HH:MM' (00:00-23:59). Returns null when the text is not such a time. */
export function parseTimeOfDay(text: string): { hour: number; minute: number } | null {
  const match = TIME_OF_DAY_PATTERN.exec(text)
  if (!match) return null
  return { hour: Number(match[1]), minute: Number(match[2]) }
}

function pad2(value: number): string {
  return String(value).padStart(2, '0')
}
