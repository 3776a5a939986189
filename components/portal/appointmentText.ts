import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config'
import { translatorFor } from '@/lib/i18n/translate'
import type { Appointment, Procedure } from '@/payload-types'

/** "Left", "Izquierdo": the side in the patient's language. */
export function sideLabel(side: Appointment['side'], locale: Locale = DEFAULT_LOCALE): string {
  return translatorFor(locale)(`appointments.sides.${side}`)
}

export function statusLabel(status: Appointment['status'], locale: Locale = DEFAULT_LOCALE): string {
  return translatorFor(locale)(`appointments.statuses.${status}`)
}

/** The procedure's title; the generic name when the procedure cannot be read (e.g. unpublished). */
export function procedureTitle(appointment: Appointment, locale: Locale = DEFAULT_LOCALE): string {
  const procedure = appointment.procedure as Procedure | number
  return typeof procedure === 'object' && procedure?.title ? procedure.title : translatorFor(locale)('appointments.procedure')
}

/** "Medial branch block, 2nd block": what the appointment is, in the patient's language. */
export function appointmentWhat(appointment: Appointment, locale: Locale = DEFAULT_LOCALE): string {
  return `${procedureTitle(appointment, locale)}, ${translatorFor(locale)('appointments.block', { number: appointment.blockNumber })}`
}

/** Upcoming until the appointment is over (its start plus its length) and not marked done. */
export function isUpcoming(appointment: Appointment, now: Date): boolean {
  if (appointment.status === 'done') return false
  const end = new Date(appointment.scheduledAt).getTime() + (appointment.durationMinutes ?? 45) * 60_000
  return end > now.getTime()
}
