/** Date helpers: wall-clock times (on @date-fns/tz) and wording in the clinic's time zone. See README.md. */
export type { WallClockTime, ZonedParts } from './zoned'
export {
  CLINIC_TIME_ZONE,
  TIME_OF_DAY_PATTERN,
  isValidTimeZone,
  parseTimeOfDay,
  zonedDateKey,
  zonedDateTime,
  zonedParts,
} from './zoned'
export { formatCalendarDate, formatDate, formatDateTime, formatDateTimeWithZone, formatDayLabel, formatDueLabel, formatTime } from './format'
