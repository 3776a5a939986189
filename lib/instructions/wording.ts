import { type ClinicFormats, formatDayLabel, formatTime, zonedDateTime } from '../dates'
import type { Locale } from '../i18n/config'
import type { ChecklistStep, InstructionPhrasing, InstructionTimingKind, ScheduledInstruction } from './types'

/**
 * How a step's time reads when the editor has not said: the appointment is a moment; "so many hours
 * before/after" is a window that starts then (no food, no pain medicine, the diary); the rest are deadlines.
 */
export function defaultPhrasing(kind: InstructionTimingKind): InstructionPhrasing {
  switch (kind) {
    case 'at-appointment':
    case 'next-morning':
      return 'at'
    case 'hours-before':
    case 'hours-after':
      return 'from'
    default:
      return 'by'
  }
}

/** Spanish says "a la 1:00" but "a las 9:00". */
function article(time: string): string {
  return /^0?1:/.test(time) ? 'la' : 'las'
}

/** Spanish puts the day first: "Domingo, 29 de noviembre, antes de las 12:00 p.m.". */
function phrasedInSpanish(phrasing: InstructionPhrasing, day: string, time: string): string {
  const capitalised = day.charAt(0).toUpperCase() + day.slice(1)
  switch (phrasing) {
    case 'by':
      return `${capitalised}, antes de ${article(time)} ${time}`
    case 'from':
      return `${capitalised}, desde ${article(time)} ${time}`
    case 'at':
      return `${capitalised}, a ${article(time)} ${time}`
    case 'on-the-day':
      return capitalised
  }
}

/** "By 12:00 PM on Sunday, November 29", "From 3:30 AM on …", "At 9:30 AM on …", "On Tuesday, December 1" (US wording). */
export function phrasedDueLabel(phrasing: InstructionPhrasing, dueAt: Date, formats: ClinicFormats, locale: Locale = 'en'): string {
  const day = formatDayLabel(dueAt, formats, locale)
  const time = formatTime(dueAt, formats, locale)
  if (locale === 'es') return phrasedInSpanish(phrasing, day, time)
  switch (phrasing) {
    case 'by':
      return `By ${time} on ${day}`
    case 'from':
      return `From ${time} on ${day}`
    case 'at':
      return `At ${time} on ${day}`
    case 'on-the-day':
      return `On ${day}`
  }
}

/**
 * When a step's time is over: its time for a deadline, a window's start or a moment (once a window
 * has begun, a patient who has not kept to it needs the clinic's advice); the end of its local day
 * for a step that is simply "on the day".
 */
export function stepPassesAt(step: Pick<ScheduledInstruction, 'dueAt' | 'phrasing'>, timeZone: string): Date {
  if (step.phrasing === 'on-the-day') return zonedDateTime(step.dueAt, timeZone, { dayOffset: 1, hour: 0 })
  return step.dueAt
}

/** True from the instant the step's time is over (see `stepPassesAt`), that instant included. */
export function stepHasPassed(step: Pick<ScheduledInstruction, 'dueAt' | 'phrasing'>, now: Date, timeZone: string): boolean {
  return now.getTime() >= stepPassesAt(step, timeZone).getTime()
}

/** The schedule as the patient sees it at `now`: which steps have passed, and whether to call the clinic before the appointment. */
export function checklistAt(
  schedule: readonly ScheduledInstruction[],
  appointmentStart: Date,
  now: Date,
  timeZone: string,
): ChecklistStep[] {
  const appointmentAhead = now.getTime() < appointmentStart.getTime()
  return schedule.map((step) => {
    const passed = stepHasPassed(step, now, timeZone)
    const beforeAppointment = step.dueAt.getTime() < appointmentStart.getTime()
    return { ...step, passed, callBeforeAppointment: passed && appointmentAhead && beforeAppointment }
  })
}
