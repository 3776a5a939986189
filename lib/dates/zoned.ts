/**
 * Wall-clock arithmetic in an IANA time zone, on @date-fns/tz (`TZDate` reads and builds calendar
 * dates in a zone; `tzOffset` gives the zone's offset at an instant). See README.md beside this file
 * for how clock changes are handled.
 */
import { TZDate, tzOffset } from '@date-fns/tz'

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

function assertValidDate(date: Date): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError('Expected a valid Date.')
  }
}

function assertValidTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}.`)
}

/** True when the time zone database knows the zone (e.g. 'America/New_York'). */
export function isValidTimeZone(timeZone: string): boolean {
  return typeof timeZone === 'string' && timeZone.length > 0 && !Number.isNaN(tzOffset(timeZone, new Date(0)))
}

/** The calendar date and wall-clock time of `date` in `timeZone`. */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  assertValidDate(date)
  assertValidTimeZone(timeZone)
  const zoned = new TZDate(date.getTime(), timeZone)
  return {
    year: zoned.getFullYear(),
    month: zoned.getMonth() + 1,
    day: zoned.getDate(),
    hour: zoned.getHours(),
    minute: zoned.getMinutes(),
    second: zoned.getSeconds(),
  }
}

/** How far the zone's clocks are ahead of UTC at `utcMs`, in milliseconds. */
function offsetAt(utcMs: number, timeZone: string): number {
  return tzOffset(timeZone, new Date(utcMs)) * MINUTE_MS
}

/**
 * The UTC instant at which the zone's clocks read `wallMs` (a wall-clock reading written as if it
 * were UTC). Ambiguous times (clocks going back) resolve to the earlier instant; times skipped by
 * clocks going forward move forward by the gap (02:30 on the spring-forward night becomes 03:30).
 * TZDate alone resolves a repeated hour differently from zone to zone, so both readings are checked.
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
  // Calendar arithmetic on the wall clock (month and year ends roll over), then back to an instant.
  const wallMs = Date.UTC(base.year, base.month - 1, base.day + (time.dayOffset ?? 0), time.hour, time.minute ?? 0)
  return wallClockToUtc(wallMs, timeZone)
}

/** 'YYYY-MM-DD' of the zoned calendar date of `date`: a stable key for grouping by day. */
export function zonedDateKey(date: Date, timeZone: string): string {
  const { year, month, day } = zonedParts(date, timeZone)
  return `${year}-${pad2(month)}-${pad2(day)}`
}

/** 'HH:MM' (24-hour) of `date` in `timeZone`: the value of a time input, not wording for a reader. */
export function timeOfDay(date: Date, timeZone: string): string {
  const { hour, minute } = zonedParts(date, timeZone)
  return `${pad2(hour)}:${pad2(minute)}`
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
