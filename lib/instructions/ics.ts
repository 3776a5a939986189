import { createEvents, type EventAttributes } from 'ics'
import { zonedDateTime, zonedParts } from '../dates'
import { DEFAULT_LOCALE, type Locale } from '../i18n/config'
import { translatorFor } from '../i18n/translate'
import type { InstructionPhrasing, ScheduledInstruction } from './types'

/** `ics` reads `timestamp` (DTSTAMP) but its types omit it. */
type StampedEvent = EventAttributes & { timestamp: number }

const MINUTE_MS = 60_000
/** Length of the short calendar event of each instruction (a window that starts before the appointment lasts until it). */
const INSTRUCTION_EVENT_MINUTES = 15
/** The appointment event's reminder, this many minutes before it starts. */
const APPOINTMENT_REMINDER_MINUTES = 120
/** How long before its time each kind of step is reminded: a deadline leaves time to act; the others ring when they begin. */
const REMINDER_LEAD_MINUTES: Readonly<Record<InstructionPhrasing, number>> = { by: 120, from: 0, at: 0, 'on-the-day': 0 }
/** Reminders never ring from 22:00 to 07:00 clinic time (unless the step is "at" that time): they move to 20:00 that evening. */
const NIGHT_STARTS_HOUR = 22
const NIGHT_ENDS_HOUR = 7
const EVENING_REMINDER_HOUR = 20

export interface InstructionCalendarOptions {
  appointmentStart: Date
  durationMinutes: number
  /** Event title of the appointment. Keep it neutral (e.g. "Clinic appointment"): calendars are often shared. */
  title: string
  location: string
  /** Where the patient reads the full instructions; put in every event's description and URL. */
  portalUrl: string
  /** DTSTAMP of the events, and the moment before which nothing is written. Defaults to now. */
  now?: Date
  /** Wall-clock rules (the night) are read in this zone: the clinic's. */
  timeZone: string
  /** The language of the words the file adds (the steps come already worded). Defaults to English. */
  locale?: Locale
}

function uidDomain(portalUrl: string): string {
  try {
    return new URL(portalUrl).host || 'spine-portal'
  } catch {
    return 'spine-portal'
  }
}

function portalNote(portalUrl: string, locale: Locale = DEFAULT_LOCALE): string {
  return translatorFor(locale)('calendar.portalNote', { url: portalUrl })
}

function isNight(instant: Date, timeZone: string): boolean {
  const { hour } = zonedParts(instant, timeZone)
  return hour >= NIGHT_STARTS_HOUR || hour < NIGHT_ENDS_HOUR
}

/** An instant in the night (22:00-07:00 clinic time) moves to 20:00 on the evening the night begins; others stay. */
function outOfTheNight(instant: Date, timeZone: string): Date {
  if (!isNight(instant, timeZone)) return instant
  const dayOffset = zonedParts(instant, timeZone).hour < NIGHT_ENDS_HOUR ? -1 : 0
  return zonedDateTime(instant, timeZone, { dayOffset, hour: EVENING_REMINDER_HOUR })
}

/**
 * When the calendar reminds of a step: two hours before a deadline, at the start of a window, a
 * moment or a step on the day; moved out of the night (22:00-07:00) to 20:00 the evening before,
 * except a step that itself happens at that moment ("at").
 */
export function reminderAt(step: Pick<ScheduledInstruction, 'dueAt' | 'phrasing'>, timeZone: string): Date {
  const early = new Date(step.dueAt.getTime() - REMINDER_LEAD_MINUTES[step.phrasing] * MINUTE_MS)
  return step.phrasing === 'at' ? early : outOfTheNight(early, timeZone)
}

/** A display alarm at `at`, or none when that moment has already gone (a calendar would ring at once). */
function alarmsAt(at: Date, description: string, now: Date): EventAttributes['alarms'] {
  return at.getTime() > now.getTime() ? [{ action: 'display', description, trigger: at.getTime() }] : []
}

function appointmentEvent(options: InstructionCalendarOptions, uid: string, now: Date, timeZone: string): StampedEvent {
  const reminder = outOfTheNight(new Date(options.appointmentStart.getTime() - APPOINTMENT_REMINDER_MINUTES * MINUTE_MS), timeZone)
  return {
    uid,
    timestamp: now.getTime(),
    start: options.appointmentStart.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: options.durationMinutes },
    title: options.title,
    location: options.location,
    description: portalNote(options.portalUrl, options.locale),
    url: options.portalUrl,
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
    alarms: alarmsAt(reminder, options.title, now),
  }
}

/** A window that starts before the appointment lasts until it ("no pain medicine from 03:30"); other steps are short. */
function stepMinutes(step: ScheduledInstruction, appointmentStart: Date): number {
  const untilAppointment = Math.round((appointmentStart.getTime() - step.dueAt.getTime()) / MINUTE_MS)
  return step.phrasing === 'from' && untilAppointment > 0 ? untilAppointment : INSTRUCTION_EVENT_MINUTES
}

function instructionEvent(step: ScheduledInstruction, options: InstructionCalendarOptions, uid: string, now: Date, timeZone: string): StampedEvent {
  return {
    uid,
    timestamp: now.getTime(),
    start: step.dueAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: stepMinutes(step, options.appointmentStart) },
    title: step.title,
    description: `${step.label}. ${portalNote(options.portalUrl, options.locale)}`,
    url: options.portalUrl,
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
    // The reminder may ring the evening before: it says when the step is, not just what.
    alarms: alarmsAt(reminderAt(step, timeZone), `${step.label}: ${step.title}`, now),
  }
}

function assertCalendarOptions(options: InstructionCalendarOptions): void {
  if (Number.isNaN(options.appointmentStart.getTime())) throw new RangeError('The appointment start is not a valid date.')
  if (!Number.isInteger(options.durationMinutes) || options.durationMinutes <= 0) {
    throw new RangeError('The appointment duration must be a whole number of minutes above 0.')
  }
}

const isAhead = (instant: Date, now: Date) => instant.getTime() > now.getTime()

/**
 * An iCalendar file with the appointment and one event per step, each titled with the step's own
 * title, leaving out everything whose time has come (nothing is written in the past). Reminders per
 * `reminderAt`, never in the night. All times in UTC. Only titles and when-labels go in: details
 * stay in the portal. UIDs are stable, so downloading the file again updates the events instead of adding copies.
 */
export function instructionsToIcs(schedule: readonly ScheduledInstruction[], options: InstructionCalendarOptions): string {
  assertCalendarOptions(options)
  const now = options.now ?? new Date()
  const { timeZone } = options
  const domain = uidDomain(options.portalUrl)
  const appointmentKey = options.appointmentStart.getTime()
  const events: StampedEvent[] = [
    ...(isAhead(options.appointmentStart, now) ? [appointmentEvent(options, `appointment-${appointmentKey}@${domain}`, now, timeZone)] : []),
    ...schedule
      .filter((step) => isAhead(step.dueAt, now))
      .map((step) => instructionEvent(step, options, `instruction-${step.id}-${appointmentKey}@${domain}`, now, timeZone)),
  ]
  const { error, value } = createEvents(events, { productId: 'spine-portal/instructions', method: 'PUBLISH' })
  if (error || !value) throw new Error(`Could not create the calendar file: ${error?.message ?? 'no output.'}`)
  return value
}
