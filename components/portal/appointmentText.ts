import type { Appointment, Procedure } from '@/payload-types'

export const SIDE_LABELS: Record<Appointment['side'], string> = { left: 'Left', right: 'Right', both: 'Both sides' }

export const STATUS_LABELS: Record<Appointment['status'], string> = { scheduled: 'Booked', done: 'Completed', cancelled: 'Cancelled' }

/** The procedure's title; the generic name when the procedure cannot be read (e.g. unpublished). */
export function procedureTitle(appointment: Appointment): string {
  const procedure = appointment.procedure as Procedure | number
  return typeof procedure === 'object' && procedure?.title ? procedure.title : 'Procedure'
}

/** Upcoming until the appointment is over (its start plus its length) and not marked done. */
export function isUpcoming(appointment: Appointment, now: Date): boolean {
  if (appointment.status === 'done') return false
  const end = new Date(appointment.scheduledAt).getTime() + (appointment.durationMinutes ?? 45) * 60_000
  return end > now.getTime()
}
