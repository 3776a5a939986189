import { createEvents, type EventAttributes } from 'ics'
import type { ScheduledInstruction } from './types'

/** `ics` reads `timestamp` (DTSTAMP) but its types omit it. */
type StampedEvent = EventAttributes & { timestamp: number }

/** Length of the short calendar event of each instruction. */
const INSTRUCTION_EVENT_MINUTES = 15
/** The appointment event's reminder, this many hours before it starts. */
const APPOINTMENT_REMINDER_HOURS = 2

export interface InstructionCalendarOptions {
  appointmentStart: Date
  durationMinutes: number
  /** Event title of the appointment. Keep it neutral (e.g. "Clinic appointment"): calendars are often shared. */
  title: string
  location: string
  /** Where the patient reads the full instructions; put in every event's description and URL. */
  portalUrl: string
  /** DTSTAMP of the events. Defaults to now; pass a fixed date for reproducible output. */
  now?: Date
}

function uidDomain(portalUrl: string): string {
  try {
    return new URL(portalUrl).host || 'spine-portal'
  } catch {
    return 'spine-portal'
  }
}

function portalNote(portalUrl: string): string {
  return `Read the full instructions in the patient portal: ${portalUrl}`
}

function appointmentEvent(options: InstructionCalendarOptions, uid: string, stamp: number): StampedEvent {
  return {
    uid,
    timestamp: stamp,
    start: options.appointmentStart.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: options.durationMinutes },
    title: options.title,
    location: options.location,
    description: portalNote(options.portalUrl),
    url: options.portalUrl,
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
    alarms: [{ action: 'display', description: options.title, trigger: { hours: APPOINTMENT_REMINDER_HOURS, before: true } }],
  }
}

function instructionEvent(item: ScheduledInstruction, portalUrl: string, uid: string, stamp: number): StampedEvent {
  return {
    uid,
    timestamp: stamp,
    start: item.dueAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: INSTRUCTION_EVENT_MINUTES },
    title: item.title,
    description: portalNote(portalUrl),
    url: portalUrl,
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
    alarms: [{ action: 'display', description: item.title, trigger: item.dueAt.getTime() }],
  }
}

function assertCalendarOptions(options: InstructionCalendarOptions): void {
  if (Number.isNaN(options.appointmentStart.getTime())) throw new RangeError('The appointment start is not a valid date.')
  if (!Number.isInteger(options.durationMinutes) || options.durationMinutes <= 0) {
    throw new RangeError('The appointment duration must be a whole number of minutes above 0.')
  }
}

/**
 * An iCalendar file: one event for the appointment, one 15-minute event with a reminder at the due
 * time for each instruction. All times in UTC. Only the instruction titles go in: details stay in
 * the portal. UIDs are stable, so downloading the file again updates the events instead of adding copies.
 */
export function instructionsToIcs(schedule: readonly ScheduledInstruction[], options: InstructionCalendarOptions): string {
  assertCalendarOptions(options)
  const domain = uidDomain(options.portalUrl)
  const appointmentKey = options.appointmentStart.getTime()
  const stamp = (options.now ?? new Date()).getTime()
  const events: StampedEvent[] = [
    appointmentEvent(options, `appointment-${appointmentKey}@${domain}`, stamp),
    ...schedule.map((item) =>
      instructionEvent(item, options.portalUrl, `instruction-${item.id}-${appointmentKey}@${domain}`, stamp),
    ),
  ]
  const { error, value } = createEvents(events, { productId: 'spine-portal/instructions', method: 'PUBLISH', calName: options.title })
  if (error || !value) throw new Error(`Could not create the calendar file: ${error?.message ?? 'no output.'}`)
  return value
}
