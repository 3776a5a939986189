/** Date helpers: wall-clock times (on @date-fns/tz) and wording in the clinic's time zone. See README.md. */
export type { WallClockTime, ZonedParts } from './zoned'
export {
  TIME_OF_DAY_PATTERN,
  isValidTimeZone,
  parseTimeOfDay,
  timeOfDay,
  zonedDateKey,
  zonedDateTime,
  zonedParts,
} from './zoned'
export type { ClinicFormats, DateRegion } from './format'
export { DATE_REGIONS, isDateRegion, languageTag, formatCalendarDate, formatDate, formatDateTime, formatDateTimeWithZone, formatDayLabel, formatDueLabel, formatTime } from './format'
